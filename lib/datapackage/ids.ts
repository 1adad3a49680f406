// Stable ids of the data package's rows: database keys differ between databases and imports, so rows are
// named by what they are ("us-china-2015/3" is the third clause of us-china-2015), and the same version gives
// the same files on SQLite and PostgreSQL. Each map goes from a row's database key to its id. Every number in
// an id counts from 1, as the package's position columns do (the database's positions count from 0).
import type { CatalogueRows } from "../data/catalogue-rows";

export type StableIds = ReturnType<typeof stableIds>;

/** A database position (from 0) as the package writes it: counted from 1. */
export const ordinal = (position: number): number => position + 1;

/** Numbers the rows of each agreement in order: "{slug}/{prefix}{n}". */
function numbered<T extends { pk: number; agreement: { slug: string } }>(rows: T[], prefix: string): Map<number, string> {
  const index = new Map<string, number>();
  return new Map(
    rows.map((r) => {
      const n = (index.get(r.agreement.slug) ?? 0) + 1;
      index.set(r.agreement.slug, n);
      return [r.pk, `${r.agreement.slug}/${prefix}${n}`];
    }),
  );
}

export function stableIds(d: CatalogueRows) {
  const clauseId = new Map(d.clauses.map((c) => [c.pk, `${c.agreement.slug}/${ordinal(c.position)}`]));
  const isAssessment = (kind: string) => kind === "assessment";
  return {
    clauseId,
    textId: new Map(d.texts.map((t) => [t.pk, `${clauseId.get(t.clausePk)}/${ordinal(t.position)}`])),
    readingId: new Map(d.readings.map((r) => [r.pk, `${r.agreement.slug}/${r.category.key}/${ordinal(r.sortOrder)}`])),
    eventId: numbered(d.events, "e"),
    sourceId: new Map(d.sources.map((s) => [s.pk, `${s.agreement.slug}/${s.key}`])),
    judgementId: new Map(d.judgements.map((j) => [j.pk, `${j.agreement.slug}/${j.field}`])),
    readoutId: new Map(d.readouts.map((r) => [r.pk, `${r.agreement.slug}/${r.key}`])),
    correctionId: numbered(d.corrections, "c"),
    isAssessment,
    assessmentPks: new Set(d.events.filter((e) => isAssessment(e.kind)).map((e) => e.pk)),
  };
}
