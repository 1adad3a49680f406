// Activity categories × agreements. Each cell holds every reading of that category for that agreement
// (position, basis, confidence, evidence). A row "differs" when the agreements that were assessed for it
// take different positions (covered, not covered, silent); the same position read from different evidence
// (the text for one, an official statement for another) is not a difference, and is said as such. An
// agreement nobody assessed for a category is never counted as a difference, and a row with fewer than two
// assessed agreements is not compared at all.
import type { AgreementDetail, ScopeReading } from "@/lib/domain/schema";

/** signature: the positions read (sorted); bases: the evidence they were read from. */
export type ScopeCell = { slug: string; readings: ScopeReading[]; signature: string; bases: string };
export type ScopeRow = {
  category: { key: string; label: string; description: string };
  cells: ScopeCell[];
  /** The positions differ. */
  differs: boolean;
  /** The same positions, read from different evidence (the text, an official statement, a press reading…). */
  basesDiffer: boolean;
  /** Agreements with no reading for this category ("not assessed"). */
  unassessed: string[];
  /** Whether at least two agreements were assessed, so that the row says something about them together. */
  compared: boolean;
};
export type ScopeMatrix = { rows: ScopeRow[] };

type Category = { key: string; label: string; description: string };

export function buildScopeMatrix(agreements: Pick<AgreementDetail, "slug" | "scope">[], categories: Category[]): ScopeMatrix {
  const rows: ScopeRow[] = [];
  for (const category of categories) {
    const cells = agreements.map((a) => {
      const readings = a.scope.find((s) => s.category.key === category.key)?.readings ?? [];
      const set = (values: string[]) => [...new Set(values)].sort().join(",");
      return { slug: a.slug, readings, signature: set(readings.map((r) => r.position)), bases: set(readings.map((r) => r.basis)) };
    });
    const assessed = cells.filter((c) => c.readings.length > 0);
    if (assessed.length === 0) continue;
    const differs = new Set(assessed.map((c) => c.signature)).size > 1;
    rows.push({
      category,
      cells,
      differs,
      basesDiffer: !differs && new Set(assessed.map((c) => c.bases)).size > 1,
      unassessed: cells.filter((c) => c.readings.length === 0).map((c) => c.slug),
      compared: assessed.length >= 2,
    });
  }
  return { rows };
}
