// Activity categories × agreements. Each cell holds every reading of that category for that agreement
// (position, basis, evidence); a row "differs" when the agreements' sets of readings are not the same.
import type { AgreementDetail, ScopeReading } from "@/lib/data/agreements";

export type ScopeCell = { slug: string; readings: ScopeReading[]; signature: string };
export type ScopeRow = { category: { key: string; label: string; description: string }; cells: ScopeCell[]; differs: boolean };
export type ScopeMatrix = { rows: ScopeRow[] };

type Category = { key: string; label: string; description: string };

export function buildScopeMatrix(agreements: Pick<AgreementDetail, "slug" | "scope">[], categories: Category[]): ScopeMatrix {
  const rows: ScopeRow[] = [];
  for (const category of categories) {
    const cells = agreements.map((a) => {
      const readings = a.scope.find((s) => s.category.key === category.key)?.readings ?? [];
      const signature = readings.map((r) => `${r.position}/${r.basis}`).sort().join(",") || "none";
      return { slug: a.slug, readings, signature };
    });
    if (cells.every((c) => c.readings.length === 0)) continue;
    rows.push({ category, cells, differs: new Set(cells.map((c) => c.signature)).size > 1 });
  }
  return { rows };
}
