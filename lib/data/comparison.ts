import "server-only";
import { buildComparison, type Comparison } from "../compare/comparison";
import type { CompareState } from "../compare/state";
import { db } from "./db";
import { compareReadouts, type ReadoutComparison } from "../compare/readouts";
import { getAgreementBySlug, listAgreements, type AgreementDetail } from "./agreements";
import { memoByVersion } from "./memo";
import { getLatestVersion, resolveVersion, type DatasetVersionInfo } from "./versions";

export type ComparisonResult =
  | { kind: "ok"; comparison: Comparison; version: DatasetVersionInfo; latestId: string }
  | { kind: "missing"; missing: string[]; known: { slug: string; title: string }[] }
  | { kind: "unknown-version" };

/** Everything a comparison view needs, for the dataset version the state pins (or the latest). */
export async function getComparison(state: CompareState): Promise<ComparisonResult> {
  const version = await resolveVersion(state.v);
  if (!version) return { kind: "unknown-version" };
  const [agreements, { provisions, categories }] = await Promise.all([
    Promise.all(state.slugs.map((slug) => getAgreementBySlug(version.id, slug))),
    vocabulary(version.id),
  ]);
  const found = agreements.filter((a) => a !== null);
  if (found.length !== agreements.length) {
    const known = (await listAgreements(version.id)).map((a) => ({ slug: a.slug, title: a.title }));
    return { kind: "missing", missing: state.slugs.filter((_, i) => agreements[i] === null), known };
  }
  const latestId = version.isLatest ? version.id : ((await getLatestVersion())?.id ?? version.id);
  return { kind: "ok", comparison: buildComparison(found, { provisions, categories }), version, latestId };
}

export type ReadoutResult =
  | { kind: "ok"; agreement: AgreementDetail; comparison: ReadoutComparison | null; version: DatasetVersionInfo }
  | { kind: "unknown-version" }
  | { kind: "unknown-agreement" }
  | { kind: "unknown-base" };

/** An agreement's readouts compared (null comparison: it has none), for a pinned or the latest version. */
export async function getReadoutComparison(slug: string, v: string | undefined, base: string | undefined): Promise<ReadoutResult> {
  const version = await resolveVersion(v);
  if (!version) return { kind: "unknown-version" };
  const [agreement, { provisions }] = await Promise.all([getAgreementBySlug(version.id, slug), vocabulary(version.id)]);
  if (!agreement) return { kind: "unknown-agreement" };
  if (agreement.readouts.length === 0) return base ? { kind: "unknown-base" } : { kind: "ok", agreement, comparison: null, version };
  const comparison = compareReadouts(agreement.readouts, provisions, base);
  return comparison ? { kind: "ok", agreement, comparison, version } : { kind: "unknown-base" };
}

const vocabulary = (versionId: string) =>
  memoByVersion(versionId, "vocabulary", async () => {
    const [provisions, categories] = await Promise.all([
      db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true, featuredAs: true } }),
      db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true } }),
    ]);
    return { provisions, categories };
  });
