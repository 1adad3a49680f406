import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions, reading } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";
import { describeInterval, monthsBetween } from "./dates";

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
      "Scope differs in 1 of 3 activity categories.",
      "CANADA came 21 months after US.",
    ]);
    expect(comparison.summary.headline).toBe("The IP-theft pledge is 50% the same wording: “two sides agreed” → “United States and China agree”, “would” → “will”.");
  });

  it("flags only the scope rows whose readings differ", () => {
    expect(comparison.scope.rows.map((r) => [r.category.key, r.differs])).toEqual([
      ["economic-espionage", false],
      ["intelligence-gathering", false],
      ["norms", true],
    ]);
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
