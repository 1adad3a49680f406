// The one CSV writer of the site (papaparse): RFC 4180, CRLF, quoted where needed, and a cell that begins
// with =, +, -, @, tab or CR — after any white space — neutralised (prefixed with '), so that no catalogue text
// runs as a spreadsheet formula. papaparse's own escapeFormulae tests only a cell's first line: a text with a
// line break in it went through. Empty for null and undefined.
import Papa from "papaparse";

/** A cell's text: empty for null and undefined, numbers and booleans as written, anything else as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutralise(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return neutralise(JSON.stringify(value) ?? "");
}

const FORMULA = /^[\s]*[=+\-@]|^[\t\r]/;
/** A cell a spreadsheet would read as a formula, made plain text. */
export function neutralise(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((name) => cellText(row[name])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", quotes: false })}\r\n`;
}
