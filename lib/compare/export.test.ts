import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, cellsToCsv, type FlatCell } from "./export";

const cell = (overrides: Partial<FlatCell>): FlatCell => ({ ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])), ...overrides }) as FlatCell;

describe("cellsToCsv", () => {
  it("writes RFC 4180 with a BOM, CRLF, and quotes only where needed", () => {
    const csv = cellsToCsv([cell({ agreement: "US–China 2015", clause_text: 'He said "no", then left' })]);
    expect(csv.startsWith("\uFEFFprovision_key,provision,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain('"He said ""no"", then left"');
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: "\r\n" });
    expect(parsed.data[1]![CSV_COLUMNS.indexOf("agreement")]).toBe("US–China 2015");
  });

  it.each(["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("neutralises a cell that begins like a formula: %j", (value) => {
    const csv = cellsToCsv([cell({ clause_text: value })]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" });
    const exported = parsed.data[1]![CSV_COLUMNS.indexOf("clause_text")]!;
    expect(exported).toBe(`'${value}`);
  });
});
