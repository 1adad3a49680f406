// Open-data representations of a comparison. Each view (clauses, scope, dates) has one flat table — one
// row per provision × agreement, per scope reading, or per event — shared by the CSV download and the
// JSON's `table`, so the two always agree. Every row carries its provenance (form, language, translation,
// confidence, source kinds, sources), the dataset version and the attribution the licence asks for.
import { toCsv } from "../text/csv";
import { attribution, LICENCE_FIELD } from "../licence";
import type { Citation } from "@/lib/domain/schema";
import type { Cell, Row } from "./align";
import type { Comparison } from "./comparison";
import { provenanceLine } from "./provenance";
import { compareHref, type CompareState, type View } from "./state";

const COMMON_TAIL = ["source_kinds", "source_urls", "dataset_version", "attribution"] as const;

export const TABLE_COLUMNS = {
  clauses: [
    "provision_key",
    "provision",
    "row_status",
    "agreement_slug",
    "agreement",
    "agreement_date",
    "is_base",
    "cell_status",
    "similarity",
    "words_deleted",
    "words_inserted",
    "compared_in",
    "clause_labels",
    "language",
    "text_form",
    "is_translation",
    "translated_by",
    "confidence",
    "provenance",
    "caveats",
    "clause_text",
    "original_text",
    "text_notes",
    ...COMMON_TAIL,
  ],
  scope: [
    "category_key",
    "category",
    "differs",
    "agreement_slug",
    "agreement",
    "is_base",
    "position",
    "basis",
    "confidence",
    "note",
    ...COMMON_TAIL,
  ],
  dates: [
    "agreement_slug",
    "agreement",
    "date",
    "precision",
    "kind",
    "title",
    "description",
    "assessor",
    "finding",
    "confidence",
    ...COMMON_TAIL,
  ],
} as const satisfies Record<View, readonly string[]>;

/** The clause table's columns (the default view). */
export const CSV_COLUMNS = TABLE_COLUMNS.clauses;
export type TableRow<V extends View = View> = Record<(typeof TABLE_COLUMNS)[V][number], string>;
export type FlatCell = TableRow<"clauses">;
export type ViewTable = { [V in View]: { view: V; columns: readonly string[]; rows: TableRow<V>[] } }[View];

function rowStatusCode(row: Row): string {
  const s = row.status;
  return s.kind === "only-in" ? `only-in:${s.slug}` : s.kind === "partial" ? `in:${s.slugs.join("+")}` : s.kind;
}

/** The texts a cell's row describes: those its diff was made on, else each clause's English (or first) text. */
function primaryTexts(cell: Cell) {
  if (cell.compared) return cell.compared.own;
  return cell.clauses
    .map((c) => c.texts.find((t) => t.language === (cell.comparedIn ?? "en")) ?? c.texts[0])
    .filter((t) => t !== undefined);
}

/** The originals of a cell whose primary text is a translation (shown beside the translation). */
function originalTexts(cell: Cell, primary: ReturnType<typeof primaryTexts>) {
  if (!primary.some((t) => t.isTranslation)) return [];
  return cell.clauses.flatMap((c) => c.texts.filter((t) => !t.isTranslation && !primary.includes(t)));
}

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ""))];

function sourceColumns(citations: Citation[]) {
  return {
    source_kinds: unique(citations.map((c) => c.source.kind)).join(" "),
    source_urls: unique(citations.map((c) => c.source.url ?? "")).join(" "),
  };
}

type Context = { versionId: string; attribution: string; names: Map<string, string> };

function context(comparison: Comparison, versionId: string, pinnedUrl: string): Context {
  return {
    versionId,
    attribution: attribution(versionId, pinnedUrl),
    names: new Map(comparison.agreements.map((a) => [a.slug, a.shortTitle])),
  };
}

function clauseRows(comparison: Comparison, ctx: Context): TableRow<"clauses">[] {
  const dates = new Map(comparison.agreements.map((a) => [a.slug, a.date]));
  return comparison.rows.flatMap((row) =>
    row.cells.map((cell, i) => {
      const texts = primaryTexts(cell);
      const diff = cell.diff?.ok && !cell.diff.identical ? cell.diff.parts : [];
      return {
        provision_key: row.provision.key,
        provision: row.provision.label,
        row_status: rowStatusCode(row),
        agreement_slug: cell.slug,
        agreement: ctx.names.get(cell.slug) ?? cell.slug,
        agreement_date: dates.get(cell.slug) ?? "",
        is_base: i === 0 ? "true" : "false",
        cell_status: cell.status,
        similarity: cell.diff?.ok ? cell.diff.similarity.toFixed(3) : "",
        words_deleted: diff
          .filter((p) => p.kind === "delete")
          .map((p) => p.text.trim())
          .join(" | "),
        words_inserted: diff
          .filter((p) => p.kind === "insert")
          .map((p) => p.text.trim())
          .join(" | "),
        compared_in: cell.comparedIn ?? "",
        clause_labels: cell.clauses.map((c) => c.label).join(" | "),
        language: unique(texts.map((t) => t.language)).join(" "),
        text_form: unique(texts.map((t) => t.form)).join(" "),
        is_translation: texts.length ? String(texts.some((t) => t.isTranslation)) : "",
        translated_by: unique(texts.map((t) => t.translatedBy ?? "")).join(" | "),
        confidence: unique(texts.map((t) => t.confidence)).join(" "),
        provenance: texts.map(provenanceLine).join(" | "),
        caveats: cell.caveats.map((c) => c.label).join(" | "),
        clause_text: texts.map((t) => t.text).join(" … "),
        original_text: originalTexts(cell, texts)
          .map((t) => `[${t.language}] ${t.text}`)
          .join(" … "),
        text_notes: unique([...cell.clauses.map((c) => c.note ?? ""), ...texts.map((t) => t.note ?? "")]).join(" | "),
        ...sourceColumns(texts.flatMap((t) => t.citations)),
        dataset_version: ctx.versionId,
        attribution: ctx.attribution,
      };
    }),
  );
}

function scopeRows(comparison: Comparison, ctx: Context): TableRow<"scope">[] {
  return comparison.scope.rows.flatMap((row) =>
    row.cells.flatMap((cell, i) => {
      const base = {
        category_key: row.category.key,
        category: row.category.label,
        differs: String(row.differs),
        agreement_slug: cell.slug,
        agreement: ctx.names.get(cell.slug) ?? cell.slug,
        is_base: i === 0 ? "true" : "false",
        dataset_version: ctx.versionId,
        attribution: ctx.attribution,
      };
      if (cell.readings.length === 0)
        return [{ ...base, position: "not-assessed", basis: "", confidence: "", note: "", source_kinds: "", source_urls: "" }];
      return cell.readings.map((r) => ({
        ...base,
        position: r.position,
        basis: r.basis,
        confidence: r.confidence ?? "",
        note: r.note,
        ...sourceColumns(r.citations),
      }));
    }),
  );
}

function dateRows(comparison: Comparison, ctx: Context): TableRow<"dates">[] {
  return comparison.timeline.events.map((e) => ({
    agreement_slug: e.slug,
    agreement: ctx.names.get(e.slug) ?? e.slug,
    date: e.date,
    precision: e.precision,
    kind: e.kind,
    title: e.title,
    description: e.description ?? "",
    assessor: e.assessor ?? "",
    finding: e.finding ?? "",
    confidence: e.confidence,
    ...sourceColumns(e.citations),
    dataset_version: ctx.versionId,
    attribution: ctx.attribution,
  }));
}

/** The flat table of one view of a comparison. */
export function viewTable(comparison: Comparison, view: View, versionId: string, pinnedUrl: string): ViewTable {
  const ctx = context(comparison, versionId, pinnedUrl);
  if (view === "scope") return { view, columns: TABLE_COLUMNS.scope, rows: scopeRows(comparison, ctx) };
  if (view === "dates") return { view, columns: TABLE_COLUMNS.dates, rows: dateRows(comparison, ctx) };
  return { view, columns: TABLE_COLUMNS.clauses, rows: clauseRows(comparison, ctx) };
}

/**
 * A download of a view's table: the site's CSV (lib/text/csv.ts) with a UTF-8 byte-order mark, so that
 * spreadsheets read the accents and CJK.
 */
export function tableToCsv(columns: readonly string[], rows: Record<string, string>[]): string {
  return `\uFEFF${toCsv(columns, rows)}`;
}

export function cellsToCsv(cells: FlatCell[]): string {
  return tableToCsv(CSV_COLUMNS, cells);
}

export function comparisonDocument(
  comparison: Comparison,
  state: CompareState,
  version: { id: string; isLatest: boolean },
  siteUrl: string,
) {
  const url = `${siteUrl}${compareHref({ ...state, v: undefined })}`;
  const pinnedUrl = `${siteUrl}${compareHref({ ...state, v: version.id })}`;
  const table = viewTable(comparison, state.view, version.id, pinnedUrl);
  return {
    dataset_version: version.id,
    latest: version.isLatest,
    view: state.view,
    url,
    pinned_url: pinnedUrl,
    licence: LICENCE_FIELD,
    cite_as: attribution(version.id, pinnedUrl),
    agreements: comparison.agreements.map((a, i) => ({ ...a, base: i === 0, url: `${siteUrl}/agreements/${a.slug}` })),
    summary: comparison.summary,
    rows: comparison.rows.map((row) => ({
      provision: row.provision,
      status: row.status,
      cells: row.cells.map((c) => ({
        agreement: c.slug,
        status: c.status,
        similarity: c.diff?.ok ? c.diff.similarity : null,
        compared_in: c.comparedIn,
        diff: c.diff?.ok && !c.diff.identical ? c.diff.parts : null,
        note: c.why,
        // The texts the diff was made on, with their provenance, and what a reader must know about them.
        compared_texts: c.compared
          ? {
              base: c.compared.base.map((t) => ({ language: t.language, provenance: provenanceLine(t) })),
              own: c.compared.own.map((t) => ({ language: t.language, provenance: provenanceLine(t) })),
            }
          : null,
        caveats: c.caveats.map((x) => x.label),
        clauses: c.clauses,
      })),
    })),
    scope: comparison.scope.rows.map((r) => ({
      category: r.category,
      differs: r.differs,
      compared: r.compared,
      not_assessed: r.unassessed,
      cells: r.cells.map((c) => ({ agreement: c.slug, readings: c.readings })),
    })),
    events: comparison.timeline.events.map((e) => ({
      agreement: e.slug,
      date: e.date,
      precision: e.precision,
      kind: e.kind,
      title: e.title,
      description: e.description,
      assessor: e.assessor,
      finding: e.finding,
      confidence: e.confidence,
      citations: e.citations,
    })),
    columns: table.columns,
    table: table.rows,
  };
}
