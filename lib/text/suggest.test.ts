import { describe, expect, it } from "vitest";
import { suggestSlugs } from "./suggest";

const slugs = ["us-china-2015", "canada-china-2017", "uk-china-2015", "g20-antalya-2015", "russia-china-2015", "us-russia-2013"];

describe("suggestSlugs", () => {
  it.each([
    ["us-china-2016", "us-china-2015"],
    ["china-us-2015", "us-china-2015"],
    ["canada-china", "canada-china-2017"],
    ["g20", "g20-antalya-2015"],
    ["US-CHINA-2015", "us-china-2015"],
  ])("%s → %s first", (input, expected) => {
    expect(suggestSlugs(input, slugs)[0]).toBe(expected);
  });

  it("suggests nothing for unrelated input, and at most three", () => {
    expect(suggestSlugs("zzzzzzzzzzzz", slugs)).toEqual([]);
    expect(suggestSlugs("china", slugs).length).toBeLessThanOrEqual(3);
  });

  it("copes with hostile input without hanging", () => {
    expect(suggestSlugs("<script>alert(1)</script>".repeat(1000), slugs)).toEqual([]);
  });
});
