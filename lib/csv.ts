// The one CSV writer of the site (papaparse): RFC 4180, CRLF, quoted where needed, and a cell that begins
// with =, +, -, @, tab or CR neutralised (prefixed with ', papaparse's escapeFormulae), so that no catalogue
// text runs as a spreadsheet formula. Empty for null and undefined.
import Papa from "papaparse";

/** A cell's text: empty for null and undefined, numbers and booleans as written, anything else as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value) ?? "";
}

export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((name) => cellText(row[name])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", quotes: false, escapeFormulae: true })}\r\n`;
}
