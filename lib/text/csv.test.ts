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

  it.each([
    ["a formula over two lines (a YAML block)", '=HYPERLINK("http://evil.example","click")\nmore', true],
    ["a formula after a line break", '\n=HYPERLINK("http://evil.example")', true],
    ["a formula after spaces", "  +SUM(A1:A9)", true],
    ["a tab first", "\t=1", true],
    ["a carriage return first", "\r=1", true],
    ["plain text with = inside", "a = b", false],
    ["plain text", "Neither government will conduct", false],
  ])("neutralises %s", (_name, value, neutralised) => {
    const [, row] = Papa.parse<string[]>(toCsv(["v"], [{ v: value }]).trim(), { newline: "\r\n" }).data;
    expect(row?.[0]).toBe(neutralised ? `'${value}` : value);
  });
});
