import { describe, expect, it } from "vitest";
import { intervalSentence } from "./dates";

describe("intervals", () => {
  it("says only what a date's precision holds: years for a year-only date, never a count of months", () => {
    const us = { shortTitle: "US–China 2015", date: "2015-09-25" };
    expect(intervalSentence(us, { shortTitle: "X", date: "2016" })).toBe("X came in 2016, the year after US–China 2015 (2015).");
    expect(intervalSentence({ shortTitle: "X", date: "2016" }, us)).toBe("X came in 2016, the year after US–China 2015 (2015).");
    expect(intervalSentence(us, { shortTitle: "Y", date: "2015" })).toBe("US–China 2015 and Y are from the same year, 2015.");
    expect(intervalSentence(us, { shortTitle: "Z", date: "2018" })).toBe("Z came in 2018, three years after US–China 2015 (2015).");
    expect(intervalSentence(us, { shortTitle: "M", date: "2015-09" })).toBe("US–China 2015 and M are from the same month.");
    expect(intervalSentence(us, { shortTitle: "C", date: "2017-06-22" })).toBe("C came 21 months after US–China 2015.");
    expect(intervalSentence(us, { shortTitle: "D", date: "2013-06-17" })).toBe("US–China 2015 came 2 years and 3 months after D.");
    expect(intervalSentence(us, { shortTitle: "E", date: "2015-10-22" })).toBe("E came 27 days after US–China 2015.");
    for (const date of ["2016", "2017", "2013"]) expect(intervalSentence(us, { shortTitle: "X", date })).not.toMatch(/month/);
  });
});
