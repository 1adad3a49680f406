// What db:stage prints once a staged version is in the database beside the published one: the closest-earlier-
// wording shifts and the featured headline's change (the same readers as /changes/{a}...{b}, which is the
// version's impact page), and the preview links a curator opens before publishing: every added or changed
// agreement's page, its comparison with its closest earlier wording, the provision pages, the preview images.
// Runs with the react-server condition (npm run db:stage), as the site's own readers do.
import { FEATURED } from "@/lib/catalogue/featured";
import { lineageChanges } from "@/lib/changes/version-diff";
import { parseCompareState } from "@/lib/compare/state";
import { getComparison } from "@/lib/data/comparison";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { getProvisionCatalogue } from "@/lib/data/provisions";
import { agreementHref, compareHref } from "@/lib/urls";
import { versionState } from "@/lib/runtime/dataset-version";
import type { FileImpact } from "./impact";

/** The featured comparison's headline in a version, or null when either document is not in it. */
async function headline(v: string): Promise<string | null> {
  const parsed = parseCompareState([...FEATURED], { v });
  if (!parsed.ok) return null;
  const result = await getComparison(parsed.state);
  return result.kind === "ok" ? result.comparison.summary.headline : null;
}

/** Lineage and headline changes between the published and the staged version, as lines. */
export async function versionImpactLines(from: string, to: string): Promise<string[]> {
  await versionState(0);
  const [shifts, before, after] = await Promise.all([lineageChanges(from, to), headline(from), headline(to)]);
  const lines = shifts.map(
    (s) =>
      `  Closest earlier wording (${s.provision.label}) of ${s.agreement.shortTitle}: ${s.before?.shortTitle ?? "none"} → ${s.after?.shortTitle ?? "none"}`,
  );
  if (before !== after) lines.push(`  Featured headline: "${before ?? "none"}" → "${after ?? "none"}"`);
  return lines;
}

/** Every link a curator should open before publishing the staged version `v`, as full URLs. */
export async function previewLinks(site: string, v: string, impact: FileImpact | null, slugs: readonly string[]): Promise<string[]> {
  const touched = impact ? [...impact.added.map((a) => a.slug), ...impact.changed.map((c) => c.slug)] : [...slugs];
  const links = new Set<string>();
  const provisions = new Set<string>();
  for (const slug of touched) {
    links.add(agreementHref(slug, v));
    links.add(`/og/agreement/${slug}?v=${v}`);
    const agreement = await getAgreementBySlug(v, slug);
    for (const clause of agreement?.clauses ?? []) if (clause.provision) provisions.add(clause.provision.key);
  }
  for (const key of provisions) {
    links.add(`/provisions/${key}?v=${v}`);
    const catalogue = await getProvisionCatalogue(v, key);
    catalogue?.wordings.forEach((w, i) => {
      const parent = catalogue.lineage[i]?.parent;
      const model = parent === null || parent === undefined ? undefined : catalogue.wordings[parent];
      if (!model || !touched.includes(w.entry.agreement.slug)) return;
      const parsed = parseCompareState([model.entry.agreement.slug, w.entry.agreement.slug], { v });
      if (parsed.ok) links.add(compareHref(parsed.state));
    });
  }
  if (impact) links.add(`/changes/${impact.currentId}...${v}`);
  return [...links].map((l) => `${site}${l}`);
}
