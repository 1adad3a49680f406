import { describe, expect, it } from "vitest";
import { confidenceLabel, formatPartialDate, languageLabel } from "./format";

describe("formatPartialDate", () => {
  it.each([
    ["2015-09-25", "25 September 2015"],
    ["2017-06-22", "22 June 2017"],
    ["2016-06", "June 2016"],
    ["2015", "2015"],
  ])("%s → %s (never invents a day)", (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});

describe("labels", () => {
  it("names languages and confidence levels", () => {
    expect(languageLabel("zh")).toBe("Chinese");
    expect(languageLabel("fr")).toBe("French");
    expect(confidenceLabel("unconfirmed")).toBe("UNCONFIRMED");
    expect(confidenceLabel("medium")).toBe("Medium confidence");
  });
});
