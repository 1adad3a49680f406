import { describe, expect, it } from "vitest";
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
