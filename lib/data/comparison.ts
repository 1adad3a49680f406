import "server-only";
import { buildComparison, type Comparison } from "../compare/comparison";
import type { CompareState } from "../compare/state";
import { db } from "../db";
import { getAgreementBySlug, listAgreements } from "./agreements";
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

const vocabulary = (versionId: string) =>
  memoByVersion(versionId, "vocabulary", async () => {
    const [provisions, categories] = await Promise.all([
      db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true } }),
      db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true } }),
    ]);
    return { provisions, categories };
  });
