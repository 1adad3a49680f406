// Open-data representations of a comparison: one flat table (one row per provision × agreement) shared
// by the CSV download and the JSON's `cells`, so the two always agree, plus the JSON document itself.
import Papa from "papaparse";
import type { Cell, Row } from "./align";
import type { Comparison } from "./comparison";
import { compareHref, type CompareState } from "./state";

export const CSV_COLUMNS = [
  "provision_key",
  "provision",
  "row_status",
  "agreement_slug",
  "agreement",
  "is_base",
  "cell_status",
  "similarity",
  "clause_labels",
  "language",
  "text_form",
  "clause_text",
  "source_urls",
  "dataset_version",
] as const;
export type FlatCell = Record<(typeof CSV_COLUMNS)[number], string>;

function rowStatusCode(row: Row): string {
  const s = row.status;
  return s.kind === "only-in" ? `only-in:${s.slug}` : s.kind === "partial" ? `in:${s.slugs.join("+")}` : s.kind;
}

function primaryTexts(cell: Cell) {
  return cell.clauses.map((c) => c.texts.find((t) => t.language === (cell.comparedIn ?? "en")) ?? c.texts[0]).filter((t) => t !== undefined);
}

export function flattenCells(comparison: Comparison, versionId: string): FlatCell[] {
  const names = new Map(comparison.agreements.map((a) => [a.slug, a.shortTitle]));
  return comparison.rows.flatMap((row) =>
    row.cells.map((cell, i) => {
      const texts = primaryTexts(cell);
      const urls = [...new Set(cell.clauses.flatMap((c) => c.texts.flatMap((t) => t.citations.map((x) => x.source.url))).filter((u) => u !== null))];
      return {
        provision_key: row.provision.key,
        provision: row.provision.label,
        row_status: rowStatusCode(row),
        agreement_slug: cell.slug,
        agreement: names.get(cell.slug) ?? cell.slug,
        is_base: i === 0 ? "true" : "false",
        cell_status: cell.status,
        similarity: cell.diff?.ok ? cell.diff.similarity.toFixed(3) : "",
        clause_labels: cell.clauses.map((c) => c.label).join(" | "),
        language: [...new Set(texts.map((t) => t.language))].join(" "),
        text_form: [...new Set(texts.map((t) => t.form))].join(" "),
        clause_text: texts.map((t) => t.text).join(" … "),
        source_urls: urls.join(" "),
        dataset_version: versionId,
      };
    }),
  );
}

/**
 * RFC 4180 CSV (CRLF, quoted where needed) with a UTF-8 byte-order mark so spreadsheets read the accents and
 * CJK. A cell that begins with =, +, -, @, tab or CR is neutralised (prefixed with ', papaparse's
 * escapeFormulae), so that no catalogue text runs as a spreadsheet formula.
 */
export function cellsToCsv(cells: FlatCell[]): string {
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: cells.map((c) => CSV_COLUMNS.map((k) => c[k])) }, { newline: "\r\n", quotes: false, escapeFormulae: true });
  return `\uFEFF${csv}\r\n`;
}

export function comparisonDocument(comparison: Comparison, state: CompareState, version: { id: string; isLatest: boolean }, siteUrl: string) {
  return {
    dataset_version: version.id,
    latest: version.isLatest,
    url: `${siteUrl}${compareHref({ ...state, view: "clauses", diff: "words" })}`,
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
        clauses: c.clauses,
      })),
    })),
    scope: comparison.scope.rows.map((r) => ({
      category: r.category,
      differs: r.differs,
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
    cells: flattenCells(comparison, version.id),
  };
}
