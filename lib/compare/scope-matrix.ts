// Activity categories × agreements. Each cell holds every reading of that category for that agreement
// (position, basis, confidence, evidence). A row "differs" when the agreements that were assessed for it
// read differently; an agreement nobody assessed for a category is never counted as a difference, and a
// row with fewer than two assessed agreements is not compared at all.
import type { AgreementDetail, ScopeReading } from "@/lib/domain/schema";

export type ScopeCell = { slug: string; readings: ScopeReading[]; signature: string };
export type ScopeRow = {
  category: { key: string; label: string; description: string };
  cells: ScopeCell[];
  differs: boolean;
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
      const signature = readings
        .map((r) => `${r.position}/${r.basis}`)
        .sort()
        .join(",");
      return { slug: a.slug, readings, signature };
    });
    const assessed = cells.filter((c) => c.readings.length > 0);
    if (assessed.length === 0) continue;
    rows.push({
      category,
      cells,
      differs: new Set(assessed.map((c) => c.signature)).size > 1,
      unassessed: cells.filter((c) => c.readings.length === 0).map((c) => c.slug),
      compared: assessed.length >= 2,
    });
  }
  return { rows };
}
