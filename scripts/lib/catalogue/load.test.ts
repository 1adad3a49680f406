import { describe, expect, it } from "vitest";
import { agreement, evidence, files, filesWith, vocabulary, issuesOf } from "@/test/catalogue-fixtures";
import { catalogueDir, catalogueSlugs } from "@/test/real-catalogue";
import { FORMS } from "@/lib/domain/codes";
import { loadCatalogue, parseCatalogue, type CatalogueFile } from "./load";

const F = "agreements/us-china-2015.yaml";
const mutate = (change: (a: ReturnType<typeof agreement>) => void) => {
  const a = agreement();
  change(a);
  return files(a);
};

describe("parseCatalogue rejects malformed files with the file, field and line", () => {
  const cases: [string, CatalogueFile[], string][] = [
    ["missing field", mutate((a) => delete (a as Partial<typeof a>).summary), `${F}:1: summary: missing field`],
    [
      "unknown provision, with the valid keys and where to add one",
      mutate((a) => (a.clauses[0]!.provision = "ip-thief")),
      `${F}:22: clauses.0.provision: unknown provision "ip-thief": known provisions are ip-theft, hotline (add new ones to prisma/catalogue/vocabulary.yaml)`,
    ],
    [
      "unknown party code",
      mutate((a) => (a.parties = ["USA", "XYZ"])),
      `${F}:6: parties.1: unknown party code "XYZ": known party codes are USA, CHN (add new ones to prisma/catalogue/vocabulary.yaml)`,
    ],
    ["a party listed twice", mutate((a) => (a.parties = ["CHN", "CHN"])), `${F}:6: parties.1: party "CHN" is listed twice`],
    [
      "bad date, echoed",
      mutate((a) => (a.date = "2015-02-30")),
      `${F}:14: date: bad date "2015-02-30": use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
    ],
    [
      "bad month",
      mutate((a) => (a.events[0]!.date = "2015-13")),
      `${F}:39: events.0.date: bad date "2015-13": use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
    ],
    [
      "clause without source",
      mutate((a) => (a.clauses[0]!.texts[0]!.cite = [])),
      `${F}:28: clauses.0.texts.0.cite: needs at least one source`,
    ],
    [
      "citation of an unknown source",
      mutate((a) => (a.clauses[0]!.texts[0]!.cite = ["nope"])),
      `${F}:29: clauses.0.texts.0.cite.0: unknown source "nope": add it under sources`,
    ],
    [
      "clause citing a source without url",
      filesWith({ sources: { "example-fact-sheet": { ...evidence().sources["example-fact-sheet"], url: null } } }, agreement()),
      `${F}:29: clauses.0.texts.0.cite: a clause text must cite at least one source with an address (its evidence has no url)`,
    ],
    [
      "a whole page pasted as a clause",
      mutate((a) => (a.clauses[0]!.texts[0]!.text = "word ".repeat(40_000))),
      `${F}:27: clauses.0.texts.0.text: text is longer than 20000 characters: store one article or paragraph, not the document`,
    ],
    [
      "an invented language code",
      mutate((a) => (a.clauses[0]!.texts[0]!.language = "xx")),
      `${F}:24: clauses.0.texts.0.language: unknown language tag "xx": "xx" is not in the IANA language subtag registry; use a tag such as en, fr, zh or zh-Hans`,
    ],
    [
      "a translation without its translator",
      mutate((a) => Object.assign(a.clauses[0]!.texts[0]!, { isTranslation: true })),
      `${F}:24: clauses.0.texts.0.translatedBy: a translation needs translatedBy: who translated it (a publisher, an agency, or Pactdiff)`,
    ],
    [
      "a coded judgement without basis or source",
      mutate((a) => Object.assign(a, { legalCharacter: "binding" })),
      `${F}:8: legalCharacter: legalCharacter is a judgement: give value (political-commitment | binding), basis, note and cite, or leave it out to show "not assessed"`,
    ],
    [
      "a readout of an unknown party",
      mutate((a) =>
        Object.assign(a, {
          readouts: [{ key: "r", party: "AUS", issuedBy: "x", title: "t", date: "2015", kind: "statement", clauses: a.clauses }],
        }),
      ),
      `${F}:47: readouts.0.party: unknown party code "AUS": known party codes are USA, CHN (add new ones to prisma/catalogue/vocabulary.yaml)`,
    ],
    [
      "a cut copy marked verbatim",
      mutate((a) => (a.clauses[0]!.texts[0]!.text = "……双方同意就调查网络犯罪提供合作。")),
      `${F}:25: clauses.0.texts.0.form: a text that starts or ends with … is a cut copy: use form: truncated`,
    ],
    [
      "a bracketed completion at high confidence",
      mutate((a) => (a.clauses[0]!.texts[0]!.text = "consistent with their national laws and relev[ant international obligations]")),
      `${F}:26: clauses.0.texts.0.confidence: a text with words completed in brackets (relev[ant …]) is not seen as it stands: confidence cannot be high`,
    ],
    ["unknown field", mutate((a) => Object.assign(a, { colour: "red" })), `${F}:1: Unrecognized key: "colour"`],
    [
      "a copied file that kept its slug",
      [...files().filter((f) => !f.name.startsWith("agreements/")), { name: "agreements/other.yaml", text: files(agreement())[1]!.text }],
      `agreements/other.yaml:1: slug: slug "us-china-2015" must match the file name "other" (a copied file keeps the old slug and header comment: change both)`,
    ],
    [
      "YAML syntax error",
      [...files(), { name: F, text: "slug: us-china-2015\ntitle: [unclosed\n" }],
      `${F}:3: not valid YAML: a list opened with [ is not closed with ] (or the line after it is not indented under its field)`,
    ],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    expect(issuesOf(input)).toContain(expected);
  });

  it("rejects an event about an agreement the catalogue does not have, or about its own file", () => {
    const a = agreement();
    Object.assign(a.events[0]!, { alsoConcerns: ["g20-antalya-2051", "us-china-2015"] });
    expect(issuesOf(files(a))).toEqual([
      `${F}:47: events.0.alsoConcerns.1: alsoConcerns names this agreement itself: list only the others`,
    ]);
    Object.assign(a.events[0]!, { alsoConcerns: ["g20-antalya-2051"] });
    expect(issuesOf(files(a))).toEqual([`${F}:46: events.0.alsoConcerns.0: no agreement in the catalogue has the slug "g20-antalya-2051"`]);
  });

  it("rejects a duplicate slug across files", () => {
    const a = agreement();
    const input = [...files(a), { name: "agreements/us-china-2015-copy.yaml", text: files(a)[1]!.text }];
    expect(issuesOf(input)).toContain(`agreements/us-china-2015-copy.yaml:1: slug: duplicate slug "us-china-2015", also used by ${F}`);
  });

  it("rejects a duplicate provision in the vocabulary", () => {
    const input = files(agreement());
    const broken = { ...vocabulary, provisions: [...vocabulary.provisions, vocabulary.provisions[0]!] };
    expect(issuesOf([{ name: "vocabulary.yaml", text: JSON.stringify(broken) }, ...input.slice(1)])).toEqual([
      'vocabulary.yaml:1: provisions.2.key: duplicate provision "ip-theft"',
    ]);
  });

  it("rejects malformed synonyms and stores good ones", () => {
    const input = files(agreement());
    const withSynonyms = (synonyms: unknown) => ({
      ...vocabulary,
      provisions: vocabulary.provisions.map((p, i) => (i === 0 ? { ...p, synonyms } : p)),
    });
    const issues = (synonyms: unknown) =>
      issuesOf([{ name: "vocabulary.yaml", text: JSON.stringify(withSynonyms(synonyms)) }, ...input.slice(1)]);
    expect(issues(["IP theft", "ip THEFT"]).join("\n")).toContain("a synonym is listed twice");
    expect(issues(["x"]).join("\n")).toMatch(/provisions\.0\.synonyms\.0/);
    expect(issues("IP theft").join("\n")).toMatch(/provisions\.0\.synonyms/);
    const good = parseCatalogue([
      { name: "vocabulary.yaml", text: JSON.stringify(withSynonyms(["IP theft", "hacking", "知识产权"])) },
      ...input.slice(1),
    ]);
    expect(good.vocabulary.provisions[0]?.synonyms).toEqual(["IP theft", "hacking", "知识产权"]);
    expect(good.vocabulary.provisions[1]?.synonyms).toEqual([]);
  });

  it("requires the featured provision to be one of the provisions, with a name for headlines", () => {
    const input = files(agreement());
    const issues = (featuredProvision: unknown) =>
      issuesOf([{ name: "vocabulary.yaml", text: JSON.stringify({ ...vocabulary, featuredProvision }) }, ...input.slice(1)]).join("\n");
    expect(issues({ key: "hacking", name: "Hacking pledge" })).toMatch(
      /featuredProvision\.key: "hacking" is not one of the provisions listed/,
    );
    expect(issues({ key: "ip-theft" })).toMatch(/featuredProvision\.name/);
    expect(issues(undefined)).toMatch(/featuredProvision/);
    const good = parseCatalogue([
      { name: "vocabulary.yaml", text: JSON.stringify({ ...vocabulary, featuredProvision: { key: "hotline", name: "hotline pledge" } }) },
      ...input.slice(1),
    ]);
    expect(good.vocabulary.featuredProvision).toEqual({ key: "hotline", name: "hotline pledge" });
  });

  it("reports every problem of every file at once", () => {
    const bad = agreement();
    bad.date = "someday";
    bad.clauses[0]!.provision = "nope";
    expect(issuesOf(files(bad))).toHaveLength(2);
  });
});

describe("parseCatalogue bounds what a file may hold", () => {
  it("refuses an invisible control character, naming the line and column", () => {
    const input = files(agreement());
    const withTab = input.map((f) => (f.name === F ? { ...f, text: f.text.replace("title: A title", "title: A\u000btitle") } : f));
    expect(issuesOf(withTab)).toEqual([
      `${F}:2: invisible control character U+000B at column 9: delete it (it often comes from a word processor)`,
    ]);
  });

  it("refuses a 50 MB agreement with a clear message, before reading its YAML", () => {
    const huge = files(agreement()).map((f) => (f.name === F ? { ...f, text: `${f.text}# ${"x".repeat(50 * 1048576)}\n` } : f));
    expect(issuesOf(huge)).toEqual([
      `${F}: file is 50.0 MB; a catalogue file is at most 2 MB (a whole treaty is well under 1 MB): split it, or store the text, not a whole page`,
    ]);
  });

  it("reports a YAML alias bomb with the file's name, not a stack trace", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 9; i++)
      lines.push(
        `${"bcdefghij"[i]}: &${"bcdefghij"[i]} [${Array(10)
          .fill(`*${i === 0 ? "a" : "bcdefghij"[i - 1]}`)
          .join(", ")}]`,
      );
    const input = [...files(), { name: "agreements/bomb.yaml", text: lines.join("\n") }];
    expect(issuesOf(input)).toContain("agreements/bomb.yaml:2: YAML not read: too many aliases (at most 100); write the values out");
  });
});

describe("parseCatalogue accepts valid files", () => {
  it("normalises cites and dates and hashes the content", () => {
    const a = agreement();
    (a.events[0] as { date: unknown }).date = 2015;
    const catalogue = parseCatalogue(files(a));
    expect(catalogue.agreements[0]!.events[0]!.date).toBe("2015");
    expect(catalogue.agreements[0]!.clauses[0]!.texts[0]!.cite).toEqual([{ source: "fs", pinpoint: undefined }]);
    expect(catalogue.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the same hash for CRLF and LF files, and a new hash for any edit", () => {
    const lf = files(agreement());
    const crlf = lf.map((f) => ({ ...f, text: f.text.replace(/\n/g, "\r\n") }));
    const edited = files({ ...agreement(), summary: "Another summary." });
    expect(parseCatalogue(crlf).contentHash).toBe(parseCatalogue(lf).contentHash);
    expect(parseCatalogue(edited).contentHash).not.toBe(parseCatalogue(lf).contentHash);
  });

  it("loads the real catalogue with no warnings under strict: one agreement a file, named by its slug, of the schema's forms", async () => {
    const catalogue = await loadCatalogue(catalogueDir(), { strict: true });
    expect(catalogue.warnings).toEqual([]);
    expect(catalogue.agreements.map((a) => a.slug).sort()).toEqual(catalogueSlugs());
    expect(catalogue.agreements.map((a) => a.form).filter((form) => !FORMS.includes(form))).toEqual([]);
  });
});
