// Citations are checked with their real consumers: the CSL-JSON is rendered by a CSL processor
// (citation-js, which runs citeproc-js), the BibTeX is parsed by a maintained BibTeX parser, and the RIS
// tags are read back line by line.
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { describe, expect, it } from "vitest";
import { cslItem, formatCitation, formattedReference, splitAtAccessed, type CiteTarget } from "./cite";

const target: CiteTarget = {
  key: "compare/canada-china-2017/us-china-2015/clauses",
  title: "Canada–China 2017 vs US–China 2015: clauses compared",
  pinnedPath: "/compare/canada-china-2017/us-china-2015?v=d24017fcbe08",
  versionId: "d24017fcbe08",
  versionDate: "2026-11-20T09:15:00.000Z",
};
const site = "https://pactdiff.example";
const accessed = new Date("2026-11-27T12:00:00Z");
const item = cslItem(target, site, accessed);
const pinnedUrl = `${site}${target.pinnedPath}`;

/**
 * What classic BibTeX styles do to a title (change.case$ with "t"): lower case outside braces, except the first
 * character and the first after a colon and a space.
 */
function classicTitleCase(value: string): string {
  let depth = 0;
  return [...value]
    .map((c, i) => {
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (depth === 0 && i > 0 && !/: +$/.test(value.slice(0, i))) return c.toLowerCase();
      return c;
    })
    .join("");
}

describe("citations", () => {
  it("CSL-JSON renders through a CSL processor with the pinned URL and version", () => {
    const csl = JSON.parse(formatCitation(item, "csl-json")) as unknown[];
    // Any CSL processor and style: here citeproc-js with the bundled APA style, not Pactdiff's own.
    const rendered = new Cite(csl).format("bibliography", { format: "text", template: "apa" });
    expect(rendered).toContain(pinnedUrl);
    expect(rendered).toContain("Version d24017fcbe08");
    expect(rendered).toContain("Canada–China 2017 vs US–China 2015: clauses compared");
    expect(rendered).toContain("(2026)");
    expect(csl).toEqual([
      expect.objectContaining({ accessed: { "date-parts": [[2026, 11, 27]] }, version: "d24017fcbe08", type: "dataset" }),
    ]);
  });

  it("the formatted reference names author, year, title, version, type, URL and access date", () => {
    expect(formatCitation(item, "text").trim()).toBe(
      `Pactdiff (2026). Canada–China 2017 vs US–China 2015: clauses compared (Version d24017fcbe08) [Data set]. Pactdiff catalogue of cyber agreements. Pactdiff. ${pinnedUrl} (accessed 2026-11-27).`,
    );
  });

  it("splits the reference at its access date, for pages that show the reader's own", () => {
    const [before, after] = splitAtAccessed(formattedReference(item));
    expect(before.endsWith("(accessed ")).toBe(true);
    expect(after).toBe(").");
  });

  it("BibTeX parses with a maintained parser and keeps URL, version and access date", () => {
    const bib = parseBibtex(formatCitation(item, "bibtex"));
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(1);
    expect(bib.entries[0]?.key).toBe("pactdiff:compare/canada-china-2017/us-china-2015/clauses:d24017fcbe08");
    const fields = bib.entries[0]?.fields ?? {};
    expect(fields.url).toBe(pinnedUrl);
    expect(fields.title).toBe("Canada–China 2017 vs US–China 2015: clauses compared");
    expect(fields.note).toContain("Dataset version d24017fcbe08");
    expect(fields.note).toContain("accessed 2026-11-27");
    expect(fields).toMatchObject({ year: "2026", month: "11", version: "d24017fcbe08", urldate: "2026-11-27" });
  });

  it("BibTeX gives classic styles (plain, abbrv) the address, a month they read and a title they leave as written", () => {
    const bib = formatCitation(item, "bibtex");
    // plain and abbrv print howpublished and the note, and know no url, urldate or version field.
    expect(bib).toContain(`\thowpublished = {\\url{${pinnedUrl}}},`);
    expect(bib).toContain("\tmonth = nov,");
    expect(bib).not.toMatch(/month = \{/);
    // "US–China" first: citation-js alone braces every capitalised word but the first, which plain made "Us--China".
    for (const title of [target.title, "US–China 2015 vs Canada–China 2017: clauses compared"]) {
      const written = formatCitation(cslItem({ ...target, title }, site, accessed), "bibtex").match(/^\ttitle = \{(.*)\},$/m)?.[1];
      expect(written).toMatch(/^\{.*US\}?--/);
      expect(classicTitleCase(written ?? "")).toBe(written);
    }
  });

  it("RIS names the dataset, its URL, version (ET) and access date (Y2)", () => {
    const lines = formatCitation(item, "ris").trim().split("\r\n");
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines).toContain(`UR  - ${pinnedUrl}`);
    expect(lines).toContain("ET  - d24017fcbe08");
    expect(lines).toContain("Y2  - 2026/11/27/");
    expect(lines.at(-1)).toMatch(/^ER {2}-/);
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}-/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith("N1"))).toContain("Licence: CC BY 4.0 (coding and notes).");
    // RIS ids hold 20 characters: a short form of the key, which citation-js would otherwise cut to "pactdiff:compare/ca".
    expect(lines.find((l) => l.startsWith("ID"))).toMatch(/^ID {2}- pactdiff[0-9a-f]{12}$/);
  });

  it("a title with TeX specials survives the BibTeX round trip", () => {
    const tricky = cslItem({ ...target, title: "A & B {draft} 50% $x_1$ #1" }, site, accessed);
    const bib = parseBibtex(formatCitation(tricky, "bibtex"));
    expect(bib.errors).toEqual([]);
    expect(bib.entries[0]?.fields.title).toBe("A & B {draft} 50% $x_1$ #1");
  });

  it("a title with line breaks or unbalanced braces stays one record in RIS and one field in BibTeX", () => {
    const hostile = cslItem({ ...target, title: "Evil\nTY  - JOUR\r\nER  - \n} @misc{x, title={pwned" }, site, accessed);
    const ris = formatCitation(hostile, "ris");
    expect(ris.split("\r\n").filter((l) => l.startsWith("TY  -"))).toHaveLength(1);
    expect(ris.split("\r\n").filter((l) => l.startsWith("ER  -"))).toHaveLength(1);
    const bib = parseBibtex(formatCitation(hostile, "bibtex"));
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(1);
    expect(bib.entries[0]?.fields.title).toBe("Evil TY - JOUR ER - } @misc{x, title={pwned");
  });
});
