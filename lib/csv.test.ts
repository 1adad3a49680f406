import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes every kind of value as a reader expects it", () => {
    const csv = toCsv(
      ["text", "n", "yes", "none", "list"],
      [{ text: "a, b", n: 3, yes: true, none: null, list: ["x", "y"] }, { text: "line\nbreak" }],
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(csv.trim(), { newline: "\r\n" }).data;
    expect(rows).toEqual([
      ["text", "n", "yes", "none", "list"],
      ["a, b", "3", "true", "", '["x","y"]'],
      ["line\nbreak", "", "", "", ""],
    ]);
  });

  it("never lets a cell run as a spreadsheet formula", () => {
    const rows = Papa.parse<string[]>(toCsv(["v"], [{ v: "=1+1" }, { v: "@cmd" }, { v: "-1" }]).trim(), { newline: "\r\n" }).data;
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'@cmd", "'-1"]);
  });
});
