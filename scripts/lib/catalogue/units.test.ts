import { describe, expect, it } from "vitest";
import { agreement, evidence, filesWith, issuesOf } from "@/test/catalogue-fixtures";
import { parseCatalogue } from "./load";

// Two small treaties: each clause a unit with its number, heading and divisions; one file confirms an alignment.
const TEXT = "Neither government will conduct.";
const unit = (number: string, extra: object = {}) => ({
  label: `Art. ${number}`,
  number,
  heading: `Heading ${number}`,
  divisions: ["CHAPTER I — USE OF TERMS"],
  texts: [{ language: "en", form: "verbatim", confidence: "high", text: TEXT, cite: ["fs"] }],
  ...extra,
});
function treaty(slug: string, clauses: object[], more: object = {}) {
  return { ...agreement(slug), shortTitle: slug, clauses, ...more };
}
const budapest = () =>
  treaty("budapest", [{ ...unit("1"), number: undefined, label: "Preamble", anchor: "preamble" }, unit("7"), unit("29(2)(b)")]);
const malabo = (pairs: object[]) =>
  treaty("malabo", [unit("29(2)(b)")], {
    extent: { value: "partial", note: "Only Art. 29 was seen." },
    alignments: [{ with: "budapest", pairs }],
  });
const pair = (these: string[], those: string[]) => ({ these, those, kind: "renumbered", confirmedBy: "Curators, from a dossier" });

describe("treaty units in the catalogue's files", () => {
  it("accepts units without a provision, with numbers, headings, divisions, anchors, extent and alignments", () => {
    const catalogue = parseCatalogue(filesWith(evidence(), budapest(), malabo([pair(["29(2)(b)"], ["7"])])));
    const [b, m] = ["budapest", "malabo"].map((slug) => catalogue.agreements.find((a) => a.slug === slug)!);
    expect(b!.clauses.map((c) => [c.number, c.anchor, c.provision])).toEqual([
      [undefined, "preamble", undefined],
      ["7", undefined, undefined],
      ["29(2)(b)", undefined, undefined],
    ]);
    expect(m!.extent).toEqual({ value: "partial", note: "Only Art. 29 was seen." });
    expect(m!.alignments[0]!.pairs[0]).toMatchObject({ these: ["29(2)(b)"], those: ["7"], kind: "renumbered" });
  });

  it("refuses an alignment with units or documents that do not exist, naming them", () => {
    const issues = issuesOf(filesWith(evidence(), budapest(), malabo([pair(["29(9)"], ["99"])])));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/agreements\/malabo\.yaml:\d+: alignments\.0\.pairs\.0\.these: this document has no unit numbered "29\(9\)"/),
        expect.stringMatching(/alignments\.0\.pairs\.0\.those: budapest has no unit numbered "99"/),
      ]),
    );
    const nowhere = treaty("malabo", [unit("1")], { alignments: [{ with: "nowhere", pairs: [pair(["1"], ["1"])] }] });
    expect(issuesOf(filesWith(evidence(), nowhere))).toEqual([
      expect.stringMatching(/alignments\.0\.with: no agreement "nowhere" in the catalogue/),
    ]);
  });

  it("refuses two units at one anchor, a malformed number, and an anchor beside a number", () => {
    const twice = treaty("budapest", [unit("7"), unit("7")]);
    expect(issuesOf(filesWith(evidence(), twice))).toEqual([
      expect.stringMatching(/clauses\.1: #art-7 is already the anchor of clause 1: numbers and anchors are unique in a document/),
    ]);
    expect(issuesOf(filesWith(evidence(), treaty("budapest", [unit("7 bis")])))[0]).toMatch(/clauses\.0\.number: a number as printed/);
    expect(issuesOf(filesWith(evidence(), treaty("budapest", [unit("7", { anchor: "seven" })])))[0]).toMatch(
      /a numbered unit's anchor is made from its number \(art-7\): remove anchor/,
    );
  });

  it("keeps a text of one long article (over 4,000 characters) and refuses a whole document in one text", () => {
    const long = "Each Party shall adopt measures. ".repeat(200);
    const seen = evidence();
    seen.sources["example-fact-sheet"].passages.push({ language: "en", seen: "a test fixture", text: long });
    const article = unit("27", { texts: [{ language: "en", form: "verbatim", confidence: "high", text: long.trim(), cite: ["fs"] }] });
    expect(issuesOf(filesWith(seen, treaty("budapest", [article])))).toEqual([]);
    const whole = unit("1", { texts: [{ language: "en", form: "verbatim", confidence: "high", text: "x".repeat(20_001), cite: ["fs"] }] });
    expect(issuesOf(filesWith(evidence(), treaty("budapest", [whole])))[0]).toMatch(/store one article or paragraph, not the document/);
  });
});
