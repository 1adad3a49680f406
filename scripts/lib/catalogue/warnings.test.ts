// Warnings as a curator meets them, each on the fixture catalogue with its exact message: printed, not refused,
// except under strict; an agreement file acknowledges one with a reason.
import { describe, expect, it } from "vitest";
import { agreement, evidence, files, filesWith, issuesOf, warningsOf } from "@/test/catalogue-fixtures";
import { CatalogueError, parseCatalogue } from "./load";

const F = "agreements/us-china-2015.yaml";
const TODAY = "2026-01-15";
type Agreement = ReturnType<typeof agreement>;
const changed = (change: (a: Agreement) => void, slug?: string) => {
  const a = agreement(slug);
  change(a);
  return a;
};
const warnings = (...agreements: Agreement[]) => warningsOf(files(...agreements), { today: TODAY });
const YEAR_ONLY = 'readers will see "2015" and no interval in months; give the month or day if a source shows it [year-only-date]';

describe("warnings of a valid catalogue", () => {
  it("has none for the fixture catalogue", () => {
    expect(warnings(agreement())).toEqual([]);
  });

  it("warns of a year-only date, of the agreement and of an event", () => {
    expect(warnings(changed((a) => (a.date = "2015")))).toEqual([`${F}:14: date: only the year is known ("2015"): ${YEAR_ONLY}`]);
    expect(warnings(changed((a) => ((a.events[0] as { date: unknown }).date = 2015)))).toEqual([
      `${F}:39: events.0.date: only the year is known ("2015"): ${YEAR_ONLY}`,
    ]);
  });

  it("warns of a date after today, but not of this year or month", () => {
    expect(warnings(changed((a) => (a.events[0]!.date = "2026-02-01")))).toEqual([
      `${F}:39: events.0.date: "2026-02-01" is after today (2026-01-15): the catalogue records what has happened; check the date the source gives [future-date]`,
    ]);
    expect(warnings(changed((a) => (a.events[0]!.date = "2026-01")))).toEqual([]);
  });

  it("warns when a provision's lineage would start from texts of low or unconfirmed confidence only", () => {
    const weak = changed((a) => (a.clauses[0]!.texts[0]!.confidence = "low"));
    const later = changed(
      (a) => Object.assign(a, { date: "2016-01-01", title: "Another title", shortTitle: "US–China 2016" }),
      "us-china-2016",
    );
    const message = `${F}:22: clauses.0.provision: the earliest text of "ip-theft" in the catalogue, and every text of it here is of low or unconfirmed confidence: later wordings will be traced back to it; confirm it from a firmer source if there is one [weak-lineage-root]`;
    expect(warnings(weak, later)).toEqual([message]);
    // A weak text after a firm one is not where the lineage starts.
    const firmFirst = changed(
      (a) => Object.assign(a, { date: "2015-01-01", title: "Another title", shortTitle: "US–China 2016" }),
      "us-china-2016",
    );
    expect(warnings(weak, firmFirst)).toEqual([]);
  });

  it("warns of a translator named only as unknown, and refuses a blank one", () => {
    const translated = (translatedBy: string) =>
      changed((a) => Object.assign(a.clauses[0]!.texts[0]!, { isTranslation: true, translatedBy }));
    expect(warnings(translated("unknown"))).toEqual([
      `${F}:31: clauses.0.texts.0.translatedBy: "unknown" does not say who translated it: name the translator (a publisher, an agency, or Pactdiff) if a source shows one [unknown-translator]`,
    ]);
    expect(warnings(translated("?"))).toHaveLength(1);
    expect(issuesOf(files(translated("  ")))).toEqual([
      `${F}:31: clauses.0.texts.0.translatedBy: a translation needs translatedBy: who translated it (a publisher, an agency, or Pactdiff)`,
    ]);
  });

  it('warns of three full stops "..." in a quoted text, not in a paraphrase', () => {
    const seen = evidence().sources["example-fact-sheet"];
    const dotted = {
      sources: { "example-fact-sheet": { ...seen, passages: [{ language: "en", seen: "x", text: "They agree... to meet." }] } },
    };
    const quoting = (form: string) => changed((a) => Object.assign(a.clauses[0]!.texts[0]!, { form, text: "They agree... to meet." }));
    expect(warningsOf(filesWith(dotted, quoting("verbatim")), { today: TODAY })).toEqual([
      `${F}:27: clauses.0.texts.0.text: three full stops "..." in a verbatim text: a cut is marked with … (one character, and form: truncated); keep "..." only where the source prints it [ascii-ellipsis]`,
    ]);
    expect(warningsOf(filesWith(dotted, quoting("paraphrase")), { today: TODAY })).toEqual([]);
  });

  it("warns of two agreements with the same title or short title, on the later file", () => {
    const twin = changed((a) => (a.date = "2016-01-01"), "us-china-2016");
    expect(warnings(agreement(), twin)).toEqual([
      `agreements/us-china-2016.yaml:2: title: the same title as ${F}: readers could not tell them apart in lists and search; add what differs (the year, the place, the parties) [same-title]`,
      `agreements/us-china-2016.yaml:3: shortTitle: the same shortTitle as ${F}: readers could not tell them apart in lists and search; add what differs (the year, the place, the parties) [same-title]`,
    ]);
  });

  it("warns of a long note, and refuses one past the limit", () => {
    expect(warnings(changed((a) => (a.scope[0]!.note = "n".repeat(1500))))).toEqual([
      `${F}:35: scope.0.note: a note of 1,500 characters: readers see it beside what it explains; keep it under 1,000 (say more in the summary, an event or a correction) [long-note]`,
    ]);
    expect(issuesOf(files(changed((a) => (a.scope[0]!.note = "n".repeat(240_000)))))).toEqual([
      `${F}:35: scope.0.note: a note is at most 2,000 characters (this one has 240,000): keep the research in the research file, and say here what readers need`,
    ]);
    expect(issuesOf(files(changed((a) => (a.summary = "s".repeat(2001)))))).toEqual([
      `${F}:15: summary: a summary is at most 2,000 characters (this one has 2,001): a few sentences of what the sources support`,
    ]);
    expect(issuesOf(files(changed((a) => Object.assign(a, { statusNote: "s".repeat(1001) }))))).toEqual([
      `${F}:45: statusNote: a status note is at most 1,000 characters (this one has 1,001): put each fact in an event or a correction with its sources`,
    ]);
  });

  it("warns of a deprecated language tag, with its replacement", () => {
    const hebrew = changed((a) => Object.assign(a.clauses[0]!.texts[0]!, { form: "paraphrase", language: "iw" }));
    expect(warnings(hebrew)).toEqual([
      `${F}:24: clauses.0.texts.0.language: language tag "iw" is deprecated in the IANA language subtag registry: write "he"`,
    ]);
  });

  it("warns of a date after today in the evidence", () => {
    const seen = { ...evidence().sources["example-fact-sheet"], copied: "2026-03-01" };
    expect(warningsOf(filesWith({ sources: { "example-fact-sheet": seen } }, agreement()), { today: TODAY })).toEqual([
      `evidence/examples.yaml:7: sources.example-fact-sheet.copied: "2026-03-01" is after today (2026-01-15): write the date as seen`,
    ]);
  });

  it("refuses warnings as problems under strict", () => {
    const input = files(changed((a) => (a.date = "2015")));
    expect(() => parseCatalogue(input, { today: TODAY, strict: true })).toThrow(CatalogueError);
    expect(() => parseCatalogue(input, { today: TODAY, strict: true })).toThrow(`${F}:14: date: only the year is known`);
  });
});

describe("an acknowledged warning", () => {
  const acknowledging = (acknowledged: object, change: (a: Agreement) => void = (a) => (a.date = "2015")) =>
    changed((a) => {
      change(a);
      Object.assign(a, { acknowledged });
    });

  it("is not printed, and passes strict", () => {
    const a = acknowledging({ "year-only-date": "The sources give only the year." });
    expect(warnings(a)).toEqual([]);
    expect(parseCatalogue(files(a), { today: TODAY, strict: true }).agreements[0]?.acknowledged).toEqual({
      "year-only-date": "The sources give only the year.",
    });
  });

  it("is printed once it no longer applies", () => {
    expect(warnings(acknowledging({ "year-only-date": "The sources give only the year." }, () => {}))).toEqual([
      `${F}:46: acknowledged.year-only-date: nothing in this file gives this warning now: remove the acknowledgement`,
    ]);
  });

  it("refuses an unknown code and an empty reason", () => {
    expect(issuesOf(files(acknowledging({ "year-only": "The sources give only the year." })))).toEqual([
      `${F}:46: acknowledged.year-only: unknown warning code "year-only": the codes are year-only-date, future-date, weak-lineage-root, unknown-translator, ascii-ellipsis, same-title, long-note`,
    ]);
    expect(issuesOf(files(acknowledging({ "year-only-date": " " })))).toEqual([
      `${F}:46: acknowledged.year-only-date: say why the warning stands, in a sentence of at least 10 characters: the next curator reads it`,
    ]);
  });
});
