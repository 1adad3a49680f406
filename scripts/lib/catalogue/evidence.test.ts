// The evidence check as a curator meets it: each rule on the fixture catalogue, with the exact message.
import { describe, expect, it } from "vitest";
import { agreement, evidence, files, filesWith, issuesOf } from "@/test/catalogue-fixtures";
import { parseCatalogue, type CatalogueFile } from "./load";

const F = "agreements/us-china-2015.yaml";
const E = "evidence/examples.yaml";
const seen = evidence().sources["example-fact-sheet"];
const withText = (change: (t: ReturnType<typeof agreement>["clauses"][number]["texts"][number]) => void) => {
  const a = agreement();
  change(a.clauses[0]!.texts[0]!);
  return a;
};

describe("texts marked verbatim or truncated stand in a passage of a source they cite", () => {
  it("accepts the fixture catalogue, and keeps what was seen for the importer", () => {
    const catalogue = parseCatalogue(files(agreement()));
    expect(catalogue.evidence.get("example-fact-sheet")).toMatchObject({ url: "https://example.org/fs", publisher: null });
  });

  it("refuses one character changed, naming the file, the line and the nearest passage", () => {
    expect(issuesOf(files(withText((t) => (t.text = "Neither government will conduct!"))))).toEqual([
      `${F}:27: clauses.0.texts.0.text: verbatim text not found in a passage of fs; nearest passage (${E}:12, example-fact-sheet): ` +
        `"The two sides agree. Neither government will conduct" — the text goes on "!", the passage has ". They will meet."`,
    ]);
  });

  it("refuses a text whose cited source does not hold it, and says which evidence does", () => {
    const other = {
      ...seen,
      url: "https://example.org/other",
      passages: [{ language: "en", seen: "a fixture", text: "Another passage." }],
    };
    const a = withText((t) => (t.text = "Another passage."));
    expect(issuesOf(filesWith({ sources: { "example-fact-sheet": seen, "example-other": other } }, a))).toEqual([
      `${F}:27: clauses.0.texts.0.text: verbatim text not found in a passage of fs (it is in a passage of evidence "example-other", which this text does not cite); ` +
        `nearest passage (${E}:12, example-fact-sheet): "" — the text goes on "Another passage.", the passage has "The two sides agree. Neither g"`,
    ]);
  });

  it("refuses a text in another language than its passage", () => {
    expect(issuesOf(files(withText((t) => (t.language = "fr"))))).toEqual([
      `${F}:27: clauses.0.texts.0.text: the text is in a passage of example-fact-sheet in "en", but it is marked as "fr"`,
    ]);
  });

  it("refuses a cut at the end where the stored passage goes on, and a truncated text with no cut mark", () => {
    const cut = withText((t) => Object.assign(t, { form: "truncated", text: "Neither government will conduct. …" }));
    expect(issuesOf(files(cut))).toEqual([
      `${F}:27: clauses.0.texts.0.text: truncated text: the text is cut at the end, but the stored passage goes on (" They will meet.…"): end the text where the passage stops, or mark the omission with " … " between two passages`,
    ]);
    const unmarked = withText((t) => Object.assign(t, { form: "truncated", text: "Neither government will conduct." }));
    expect(issuesOf(files(unmarked))[0]).toContain("a cut copy marks its cut with …");
    const good = withText((t) => Object.assign(t, { form: "truncated", text: "The two sides agree. … They will meet." }));
    expect(issuesOf(files(good))).toEqual([]);
  });

  it("does not check a paraphrase against the passages", () => {
    expect(issuesOf(files(withText((t) => Object.assign(t, { form: "paraphrase", text: "Words of our own." }))))).toEqual([]);
  });
});

describe("a correction quotes the claim as it circulated", () => {
  const claiming = (claim: string) =>
    Object.assign(agreement(), { corrections: [{ claim, claimedBy: "fs", correction: "c", cite: ["fs"] }] });
  it("accepts the claimant's words, joined with … where they stand apart, and its title", () => {
    expect(issuesOf(files(claiming("Neither government will conduct.")))).toEqual([]);
    expect(issuesOf(files(claiming("The two sides agree. … They will meet.")))).toEqual([]);
    expect(issuesOf(files(claiming("Fact sheet")))).toEqual([]);
  });
  it("refuses words the claimant's kept passages do not hold", () => {
    expect(issuesOf(files(claiming("Neither government will steal.")))).toEqual([
      `${F}:46: corrections.0.claim: the claim is not quoted as example-fact-sheet circulated it; nearest (${E}:12, example-fact-sheet): ` +
        `"The two sides agree. Neither government will " — the claim goes on "steal.", the source has "conduct. They will meet."`,
    ]);
  });
});

describe("a source's facts are its evidence's", () => {
  it("refuses a title, publisher, date or address written in the agreement file", () => {
    const a = agreement();
    Object.assign(a.sources.fs, { title: "A title nobody saw" });
    expect(issuesOf(files(a))).toEqual([
      `${F}:20: sources.fs.title: title is what the source shows, so it is recorded in its evidence (prisma/catalogue/evidence/*.yaml, id "example-fact-sheet"), not here: remove it, and record there what was seen (or null: not seen)`,
    ]);
  });

  it("refuses an unknown evidence id", () => {
    const a = agreement();
    a.sources.fs.evidence = "example-fact-shet";
    expect(issuesOf(files(a))).toContain(
      `${F}:18: sources.fs.evidence: no evidence is recorded with the id "example-fact-shet" (closest: example-fact-sheet): add what was seen of this source to prisma/catalogue/evidence/`,
    );
  });

  it("requires every fact to be said, seen or not seen, and addresses to be well-formed", () => {
    const withoutPublisher: Partial<typeof seen> = { ...seen };
    delete withoutPublisher.publisher;
    expect(issuesOf(filesWith({ sources: { "example-fact-sheet": withoutPublisher } }, agreement()))).toEqual([
      `${E}:3: sources.example-fact-sheet.publisher: missing field`,
    ]);
    const badUrl = { ...seen, url: "example.org/fs" };
    expect(issuesOf(filesWith({ sources: { "example-fact-sheet": badUrl } }, agreement()))[0]).toMatch(
      /^evidence\/examples\.yaml:3: sources\.example-fact-sheet\.url: must be a full http\(s\) address/,
    );
    const empty = { ...seen, title: "" };
    expect(issuesOf(filesWith({ sources: { "example-fact-sheet": empty } }, agreement()))[0]).toContain("write null when it was not seen");
  });

  it("records a source once: by id across files, and by address", () => {
    const twice: CatalogueFile[] = [
      ...files(agreement()),
      {
        name: "evidence/zz-copy.yaml",
        text:
          "sources:\n  example-fact-sheet:\n" +
          "    url: https://example.org/fs\n    title: null\n    publisher: null\n    date: null\n    copied: null\n    seen: x\n    passages: []\n",
      },
    ];
    expect(issuesOf(twice)).toEqual([
      `evidence/zz-copy.yaml:3: sources.example-fact-sheet: evidence "example-fact-sheet" is already recorded in ${E}:3: one record a source`,
    ]);
    const sameUrl = { sources: { "example-fact-sheet": seen, "example-again": { ...seen, passages: [] } } };
    expect(issuesOf(filesWith(sameUrl, agreement()))).toEqual([
      `${E}:14: sources.example-again: the address https://example.org/fs is already recorded as evidence "example-fact-sheet": cite that one`,
    ]);
  });
});
