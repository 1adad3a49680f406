import { describe, expect, it } from "vitest";
import { agreement, files, vocabulary } from "@/test/catalogue-fixtures";
import { CatalogueError, formatIssue, loadCatalogue, parseCatalogue, type CatalogueFile } from "./load";

function issuesOf(input: CatalogueFile[]): string[] {
  try {
    parseCatalogue(input);
  } catch (error) {
    if (error instanceof CatalogueError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected the catalogue to be rejected");
}

const F = "agreements/us-china-2015.yaml";
const mutate = (change: (a: ReturnType<typeof agreement>) => void) => {
  const a = agreement();
  change(a);
  return files(a);
};

describe("parseCatalogue rejects malformed files with the file, field and line", () => {
  const cases: [string, CatalogueFile[], string][] = [
    ["missing field", mutate((a) => delete (a as Partial<typeof a>).summary), `${F}:1: summary: missing field`],
    ["unknown provision", mutate((a) => (a.clauses[0]!.provision = "ip-thief")), `${F}:20: clauses.0.provision: unknown provision "ip-thief"`],
    ["unknown party code", mutate((a) => (a.parties = ["USA", "XYZ"])), `${F}:6: parties.1: unknown party code "XYZ"`],
    ["bad date", mutate((a) => (a.date = "2015-02-30")), `${F}:9: date: bad date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`],
    ["bad month", mutate((a) => (a.events[0]!.date = "2015-13")), `${F}:36: events.0.date: bad date: use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`],
    ["clause without source", mutate((a) => (a.clauses[0]!.texts[0]!.cite = [])), `${F}:26: clauses.0.texts.0.cite: needs at least one source`],
    ["citation of an unknown source", mutate((a) => (a.clauses[0]!.texts[0]!.cite = ["nope"])), `${F}:27: clauses.0.texts.0.cite.0: unknown source "nope": add it under sources`],
    [
      "clause citing a source without url",
      mutate((a) => delete (a.sources.fs as { url?: string }).url),
      `${F}:26: clauses.0.texts.0.cite.0: source "fs" has no url; clause text must cite a source with a url`,
    ],
    ["unknown field", mutate((a) => Object.assign(a, { colour: "red" })), `${F}:1: Unrecognized key: "colour"`],
    ["slug not matching the file name", [...files(vocabulary as never).slice(0, 1), { name: "agreements/other.yaml", text: files(agreement())[1]!.text }], `agreements/other.yaml: slug: slug "us-china-2015" must match the file name "other"`],
    ["YAML syntax error", [files()[0]!, { name: F, text: "slug: us-china-2015\ntitle: [unclosed\n" }], `${F}:3: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  ];

  it.each(cases)("%s", (_name, input, expected) => {
    expect(issuesOf(input)).toContain(expected);
  });

  it("rejects a duplicate slug across files", () => {
    const a = agreement();
    const input = [...files(a), { name: "agreements/us-china-2015-copy.yaml", text: files(a)[1]!.text }];
    expect(issuesOf(input)).toContain(`agreements/us-china-2015-copy.yaml: slug: duplicate slug "us-china-2015", also used by ${F}`);
  });

  it("rejects a duplicate provision in the vocabulary", () => {
    const input = files(agreement());
    const broken = { ...vocabulary, provisions: [...vocabulary.provisions, vocabulary.provisions[0]!] };
    expect(issuesOf([{ name: "vocabulary.yaml", text: JSON.stringify(broken) }, input[1]!])).toEqual([
      'vocabulary.yaml: duplicate provision "ip-theft"',
    ]);
  });

  it("reports every problem of every file at once", () => {
    const bad = agreement();
    bad.date = "someday";
    bad.clauses[0]!.provision = "nope";
    expect(issuesOf(files(bad))).toHaveLength(2);
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

  it("loads the real catalogue: six agreements with permanent slugs", async () => {
    const catalogue = await loadCatalogue("prisma/catalogue");
    expect(catalogue.agreements.map((a) => a.slug).sort()).toEqual([
      "canada-china-2017",
      "g20-antalya-2015",
      "russia-china-2015",
      "uk-china-2015",
      "us-china-2015",
      "us-russia-2013",
    ]);
  });
});
