// The columns several of the data package's tables share: a row's stable id and its agreement, dates to the
// precision known, the basis and confidence of a reading, notes, what a source shows, and ids of rows in
// other tables.
import { ordinal } from "./ids";
import { CONFIDENCE, opt, PARTIAL_DATE, req, type Column } from "./table-schema";

/** A row's stable id (./ids.ts), the table's primary key. */
export const idColumn = <R extends { pk: number }>(description: string, ids: Map<number, string>): Column<R> =>
  req("id", description, (r) => ids.get(r.pk) ?? "", { unique: true });

/** The agreement a row belongs to. */
export const agreementSlug = <R extends { agreement: { slug: string } }>(): Column<R> =>
  req("agreement_slug", "Agreement.", (r) => r.agreement.slug, { references: "agreements.slug" });

/** The columns of a table of an agreement's rows: the row's id and its agreement, then the table's own. */
export const ofAgreement = <R extends { pk: number; agreement: { slug: string } }>(
  idDescription: string,
  ids: Map<number, string>,
  columns: Column<R>[],
): Column<R>[] => [idColumn(idDescription, ids), agreementSlug(), ...columns];

/** A row's order among its kind, counted from 1 as the ids are (./ids.ts). */
export const positionColumn = <R>(description: string, read: (r: R) => number): Column<R> =>
  req("position", `${description} From 1.`, (r) => ordinal(read(r)), { type: "integer" });

/** A key within the agreement (readouts, sources). */
export const keyColumn = <R extends { key: string }>(): Column<R> => req("key", "Key within the agreement.", (r) => r.key);

/** A date to the precision known, and that precision. */
export const dated = <R extends { date: string; datePrecision: string }>(description = "ISO 8601 to the precision known."): Column<R>[] => [
  req("date", description, (r) => r.date, { pattern: PARTIAL_DATE }),
  req("date_precision", "Precision of the date.", (r) => r.datePrecision, { enum: ["year", "month", "day"] }),
];

/** What a judgement or a scope reading rests on. */
export const basisColumn = <R extends { basis: string }>(description: string): Column<R> =>
  req("basis", description, (r) => r.basis, { enum: ["text", "official", "press", "expert"] });

/** The curator's confidence in a row. */
export const confidenceColumn = <R extends { confidence: string }>(description: string): Column<R> =>
  req("confidence", description, (r) => r.confidence, { enum: CONFIDENCE });

/** A note: the evidence in a sentence (required), or the curator's (optional). */
export const evidenceNote = <R extends { note: string }>(): Column<R> => req("note", "Evidence in a sentence.", (r) => r.note);
export const curatorNote = <R extends { note: string | null }>(): Column<R> => opt("note", "Curator's note.", (r) => r.note);

/** What a source shows of itself (empty: not seen), as sources.csv and evidence.csv describe it. */
export const seen = (what: string, more = "") => `${what} as the source shows it${more}; empty: not seen.`;
export const titleAsSeen = <R extends { title: string | null; publisher: string | null }>(): Column<R>[] => [
  opt("title", seen("Title"), (r) => r.title),
  opt("publisher", seen("Publisher"), (r) => r.publisher),
];

/** The id of a row of another table that a row may point at, by its database key. */
export const idOf = (ids: Map<number, string>, pk: number | null): string | null => (pk === null ? null : (ids.get(pk) ?? null));
