// The one CSV writer of the site (papaparse): RFC 4180, CRLF, quoted where needed, and a cell that begins
// with =, +, -, @, tab or CR neutralised (prefixed with ', papaparse's escapeFormulae), so that no catalogue
// text runs as a spreadsheet formula. Empty for null and undefined.
import Papa from "papaparse";

export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((name) => {
    const value = row[name];
    return value === null || value === undefined ? "" : String(value);
  }));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\r\n", quotes: false, escapeFormulae: true })}\r\n`;
}
