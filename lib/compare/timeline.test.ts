import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";
import { intervalText } from "./dates";

describe("the timeline's entries", () => {
  it("tells the agreement's own date from other events that day, groups a date's events and states the gaps", () => {
    const events = [
      event("2017-06-22", "agreed"),
      event("2017-06-22", "published"),
      event("2017-06-25", "published"),
      event("2016-06", "assessment"),
      event("2018-01-10", "meeting"),
    ];
    const { timeline } = buildComparison([agreement("ca", "2017-06-22", [clause("ip-theft", CA_TEXT)], [], events)], {
      provisions,
      categories,
    });
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
