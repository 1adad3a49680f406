import "server-only";
import { cache } from "react";
import { buildComparison, type Comparison } from "../compare/comparison";
import type { CompareState } from "../compare/state";
import { db } from "../db";
import { getAgreementBySlug, listAgreements } from "./agreements";
import { resolveVersion, type DatasetVersionInfo } from "./versions";

export type ComparisonResult =
  | { kind: "ok"; comparison: Comparison; version: DatasetVersionInfo }
  | { kind: "missing"; missing: string[]; known: { slug: string; title: string }[] }
  | { kind: "unknown-version" };

/** Everything a comparison view needs, for the dataset version the state pins (or the latest). */
export const getComparison = cache(async (state: CompareState): Promise<ComparisonResult> => {
  const version = await resolveVersion(state.v);
  if (!version) return { kind: "unknown-version" };
  const [agreements, provisions, categories] = await Promise.all([
    Promise.all(state.slugs.map((slug) => getAgreementBySlug(version.id, slug))),
    db.provision.findMany({ where: { versionId: version.id }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true } }),
    db.scopeCategory.findMany({ where: { versionId: version.id }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true, description: true } }),
  ]);
  const found = agreements.filter((a) => a !== null);
  if (found.length !== agreements.length) {
    const known = (await listAgreements(version.id)).map((a) => ({ slug: a.slug, title: a.title }));
    return { kind: "missing", missing: state.slugs.filter((_, i) => agreements[i] === null), known };
  }
  return { kind: "ok", comparison: buildComparison(found, { provisions, categories }), version };
});
