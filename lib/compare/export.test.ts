import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions, reading } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";
import { CSV_COLUMNS, cellsToCsv, tableToCsv, viewTable, type FlatCell } from "./export";

const cell = (overrides: Partial<FlatCell>): FlatCell => ({
  ...(Object.fromEntries(CSV_COLUMNS.map((c) => [c, ""])) as FlatCell),
  ...overrides,
});

describe("cellsToCsv", () => {
  it("writes RFC 4180 with a BOM, CRLF, and quotes only where needed", () => {
    const csv = cellsToCsv([cell({ agreement: "US–China 2015", clause_text: 'He said "no", then left' })]);
    expect(csv.startsWith("\uFEFFprovision_key,provision,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).toContain('"He said ""no"", then left"');
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { newline: "\r\n" });
    expect(parsed.data[1]![CSV_COLUMNS.indexOf("agreement")]).toBe("US–China 2015");
  });

  it.each(['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises a cell that begins like a formula: %j",
    (value) => {
      const csv = cellsToCsv([cell({ clause_text: value })]);
      const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" });
      const exported = parsed.data[1]![CSV_COLUMNS.indexOf("clause_text")]!;
      expect(exported).toBe(`'${value}`);
    },
  );
});

describe("viewTable: the download follows the view and carries provenance", () => {
  const base = agreement(
    "canada",
    "2017-06-22",
    [clause("ip-theft", "neither would conduct or knowingly support theft")],
    [reading("economic-espionage", "covered")],
    [event("2017-06-22")],
  );
  const other = agreement(
    "us",
    "2015-09-25",
    [clause("ip-theft", "neither would conduct or support theft", { form: "truncated" })],
    [],
    [event("2015-09-25", "announced")],
  );
  other.clauses[0]!.texts[0] = {
    ...other.clauses[0]!.texts[0]!,
    isTranslation: true,
    confidence: "unconfirmed",
    note: "Unofficial translation by the curator.",
  };
  const comparison = buildComparison([base, other], { provisions, categories });
  const pinned = "https://pactdiff.example/compare/canada/us?v=abcdefabcdef";

  it("clauses: changed words, translation, confidence and attribution per cell", () => {
    const table = viewTable(comparison, "clauses", "abcdefabcdef", pinned);
    const us = table.rows.find((r) => r.agreement_slug === "us" && "provision_key" in r && r.provision_key === "ip-theft") as FlatCell;
    expect(us.words_deleted).toBe("knowingly");
    expect(us.is_translation).toBe("true");
    expect(us.confidence).toBe("unconfirmed");
    expect(us.text_form).toBe("truncated");
    expect(us.text_notes).toContain("Unofficial translation");
    expect(us.agreement_date).toBe("2015-09-25");
    expect(us.attribution).toContain(pinned);
    expect(us.attribution).toContain("CC BY 4.0");
  });

  it("scope: one row per reading, an unassessed cell says so", () => {
    const table = viewTable(comparison, "scope", "abcdefabcdef", pinned);
    expect(table.columns).toContain("basis");
    const rows = table.rows as Record<string, string>[];
    // One side not assessed is not a difference.
    expect(rows.find((r) => r.category_key === "economic-espionage" && r.agreement_slug === "canada")).toMatchObject({
      position: "covered",
      basis: "text",
      differs: "false",
    });
    expect(rows.find((r) => r.category_key === "economic-espionage" && r.agreement_slug === "us")?.position).toBe("not-assessed");
  });

  it("dates: one row per event with date, precision and kind; CSV header matches", () => {
    const table = viewTable(comparison, "dates", "abcdefabcdef", pinned);
    const rows = table.rows as Record<string, string>[];
    expect(rows.map((r) => [r.agreement_slug, r.date, r.precision, r.kind])).toEqual([
      ["us", "2015-09-25", "day", "announced"],
      ["canada", "2017-06-22", "day", "agreed"],
    ]);
    const csv = tableToCsv(table.columns, rows);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${table.columns.join(",")}`);
  });
});
