import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions, reading } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";
import { describeInterval, monthsBetween } from "./dates";
import { changeWeight } from "./summary";
import { intervalText } from "./timeline";

describe("intervals", () => {
  it.each([
    ["2015-09-25", "2017-06-22", 21],
    ["2015-09", "2015-09-30", 0],
    ["2013-06-17", "2017-06-22", 48],
    ["2015", "2016-01", 12],
  ])("%s → %s is %i months", (a, b, months) => {
    expect(monthsBetween(a, b)).toBe(months);
  });

  it.each([
    [0, "the same month as"],
    [1, "1 month after"],
    [21, "21 months after"],
    [48, "4 years after"],
    [25, "2 years and 1 month after"],
  ])("%i months reads %s", (months, text) => {
    expect(describeInterval(months)).toBe(text);
  });
});

describe("buildComparison summary", () => {
  const ca = agreement("canada", "2017-06-22", [clause("ip-theft", "The two sides agreed that neither would conduct theft.")], [
    reading("economic-espionage", "covered"),
    reading("intelligence-gathering", "silent"),
    reading("intelligence-gathering", "not-covered", "press"),
  ], [event("2017-06-22")]);
  const us = agreement("us", "2015-09-25", [clause("ip-theft", "The United States and China agree that neither will conduct theft."), clause("hotline", "A hotline.")], [
    reading("economic-espionage", "covered"),
    reading("intelligence-gathering", "silent"),
    reading("intelligence-gathering", "not-covered", "press"),
    reading("norms", "covered"),
  ], [event("2015-09-25", "announced"), event("2016-06", "assessment")]);

  const comparison = buildComparison([ca, us], { provisions, categories });

  it("says in plain words what is shared, what is not, and when", () => {
    expect(comparison.summary.sentences).toEqual([
      "1 provision in common (1 reworded).",
      "1 only in US.",
      "Scope readings agree in all 2 categories assessed for more than one.",
      "CANADA came 21 months after US.",
    ]);
    expect(comparison.summary.headline).toBe("The IP-theft pledge is 50% the same wording: “two sides agreed” → “United States and China agree”, “would” → “will”.");
  });

  it("never counts a category one of them was not assessed for as a difference", () => {
    expect(comparison.scope.rows.map((r) => [r.category.key, r.differs, r.compared, r.unassessed])).toEqual([
      ["economic-espionage", false, true, []],
      ["intelligence-gathering", false, true, []],
      ["norms", false, false, ["canada"]],
    ]);
    const differing = buildComparison([ca, agreement("x", "2016", [], [reading("economic-espionage", "not-covered", "press")])], { provisions, categories });
    expect(differing.scope.rows.map((r) => [r.category.key, r.differs])).toEqual([
      ["economic-espionage", true],
      ["intelligence-gathering", false],
    ]);
    expect(differing.summary.sentences).toContain("Scope differs in 1 of 1 activity categories assessed for more than one.");
  });

  it("says in the headline when the figure rests on a translation or an unconfirmed wording", () => {
    const translated = clause("ip-theft", "The two sides agreed that neither would conduct theft.");
    Object.assign(translated.texts[0]!, { isTranslation: true, translatedBy: "Pactdiff", confidence: "unconfirmed" });
    const de = agreement("de", "2017", [translated]);
    const { summary, rows } = buildComparison([us, de], { provisions, categories });
    expect(summary.headline).toBe(
      "The IP-theft pledge is 50% the same wording (compared on an English translation by Pactdiff, not the original; an UNCONFIRMED wording): “United States and China agree” → “two sides agreed”, “will” → “would”.",
    );
    expect(summary.headlineCaveats).toEqual(["an English translation by Pactdiff, not the original", "an UNCONFIRMED wording"]);
    expect(rows.find((r) => r.provision.key === "ip-theft")?.cells[1]?.compared?.own[0]?.translatedBy).toBe("Pactdiff");
  });

  it("puts all events on one axis, a month-precision event spanning its month", () => {
    const { timeline } = comparison;
    expect(timeline.firstYear).toBe(2015);
    expect(timeline.lastYear).toBe(2017);
    expect(timeline.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018]);
    const month = timeline.events.find((e) => e.date === "2016-06");
    const day = timeline.events.find((e) => e.date === "2015-09-25");
    expect(month?.precision).toBe("month");
    expect((month!.x2 - month!.x1) * 3 * 365).toBeCloseTo(30, 0);
    expect((day!.x2 - day!.x1) * 3 * 365).toBeCloseTo(1, 0);
    expect(timeline.events.map((e) => e.slug)).toEqual(["us", "us", "canada"]);
  });
});

describe("the headline names what matters", () => {
  const US = "The United States and China agree that neither country's government will conduct or knowingly support cyber-enabled theft of intellectual property.";
  const UK = "The UK and China agree not to conduct or support cyber-enabled theft of intellectual property.";
  const CA = "The two sides agreed that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property.";

  it.each([
    ["knowingly ", "", 3],
    ["United States", "UK", 2],
    ["agree", "agreed", 1],
    ["will", "would", 1],
    [",", "", 0],
  ])("“%s” → “%s” weighs %i", (deleted, inserted, weight) => {
    expect(changeWeight(deleted, inserted)).toBe(weight);
  });

  it("puts a dropped content word before replaced names and grammar", () => {
    const { summary } = buildComparison([agreement("us", "2015-09-25", [clause("ip-theft", US)]), agreement("uk", "2015-10-22", [clause("ip-theft", UK)])], { provisions, categories });
    expect(summary.headline).toMatch(/^The IP-theft pledge is \d+% the same wording: “knowingly” dropped, /);
  });

  it("in a 3-way view, quotes the least similar pair's figure and its changes, naming the pair", () => {
    const { summary, rows } = buildComparison(
      [agreement("us", "2015-09-25", [clause("ip-theft", US)]), agreement("ca", "2017-06-22", [clause("ip-theft", CA)]), agreement("uk", "2015-10-22", [clause("ip-theft", UK)])],
      { provisions, categories },
    );
    const row = rows.find((r) => r.provision.key === "ip-theft");
    const uk = row?.cells[2]?.diff;
    expect(uk?.ok && row?.status.kind === "reworded" && row.status.similarity).toBe(uk?.ok && uk.similarity);
    expect(summary.headline).toContain("the same wording in UK against US: “knowingly” dropped");
  });
});

describe("the timeline's entries", () => {
  it("tells the agreement's own date from other events that day, groups a date's events and states the gaps", () => {
    const events = [event("2017-06-22", "agreed"), event("2017-06-22", "published"), event("2017-06-25", "published"), event("2016-06", "assessment"), event("2018-01-10", "meeting")];
    const { timeline } = buildComparison([agreement("ca", "2017-06-22", [clause("ip-theft", CA_TEXT)], [], events)], { provisions, categories });
    expect(timeline.groups.map((g) => [g.date, g.events.map((e) => e.role), g.sincePrevious])).toEqual([
      ["2016-06", ["assessment"], null],
      ["2017-06-22", ["agreement", "other"], "12 months later"],
      ["2017-06-25", ["other"], "3 days later"],
      ["2018-01-10", ["meeting"], "7 months later"],
    ]);
  });

  it.each([
    ["2015-09-25", "2015-09-26", "1 day later"],
    ["2016-06", "2016-06-14", "the same month"],
    ["2015", "2015-11-16", "the same year"],
    ["2015-09-25", "2018-11-12", "3 years and 2 months later"],
  ])("%s → %s reads %s", (a, b, text) => {
    expect(intervalText(a, b)).toBe(text);
  });
});

const CA_TEXT = "The two sides agreed that neither would conduct theft.";
