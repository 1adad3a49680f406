import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions, reading } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";

describe("buildComparison summary", () => {
  const ca = agreement(
    "canada",
    "2017-06-22",
    [clause("ip-theft", "The two sides agreed that neither would conduct theft.")],
    [
      reading("economic-espionage", "covered"),
      reading("intelligence-gathering", "silent"),
      reading("intelligence-gathering", "not-covered", "press"),
    ],
    [event("2017-06-22")],
  );
  const us = agreement(
    "us",
    "2015-09-25",
    [clause("ip-theft", "The United States and China agree that neither will conduct theft."), clause("hotline", "A hotline.")],
    [
      reading("economic-espionage", "covered"),
      reading("intelligence-gathering", "silent"),
      reading("intelligence-gathering", "not-covered", "press"),
      reading("norms", "covered"),
    ],
    [event("2015-09-25", "announced"), event("2016-06", "assessment")],
  );

  const comparison = buildComparison([ca, us], { provisions, categories });

  it("says in plain words what is shared, what is not, and when", () => {
    expect(comparison.summary.sentences).toEqual([
      "1 provision in common (1 reworded).",
      "1 only in US.",
      "Scope readings agree in all 2 categories assessed for more than one.",
      "CANADA came 21 months after US.",
    ]);
    expect(comparison.summary.headline).toBe(
      "The IP-theft pledge is 50% the same wording: “two sides agreed” → “United States and China agree”, “would” → “will”.",
    );
  });

  it("never counts a category one of them was not assessed for as a difference", () => {
    expect(comparison.scope.rows.map((r) => [r.category.key, r.differs, r.compared, r.unassessed])).toEqual([
      ["economic-espionage", false, true, []],
      ["intelligence-gathering", false, true, []],
      ["norms", false, false, ["canada"]],
    ]);
    const differing = buildComparison([ca, agreement("x", "2016", [], [reading("economic-espionage", "not-covered", "press")])], {
      provisions,
      categories,
    });
    expect(differing.scope.rows.map((r) => [r.category.key, r.differs])).toEqual([
      ["economic-espionage", true],
      ["intelligence-gathering", false],
    ]);
    expect(differing.summary.sentences).toContain("Scope differs in 1 of 1 activity categories assessed for more than one.");
  });

  it("counts a difference of position only: the same position on different evidence is said as such", () => {
    const official = buildComparison([ca, agreement("x", "2016", [], [reading("economic-espionage", "covered", "official")])], {
      provisions,
      categories,
    });
    const row = official.scope.rows.find((r) => r.category.key === "economic-espionage");
    expect([row?.differs, row?.basesDiffer]).toEqual([false, true]);
    expect(official.summary.sentences).toContain("Scope readings agree in the one activity category assessed for more than one.");
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
