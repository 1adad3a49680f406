import { describe, expect, it } from "vitest";
import { moveAnswerFrom } from "./moves";
import { isPreview } from "./pins";

const redirects = new Map([
  ["uk-china-2015", { to: "uk-china-2015-cyber", reason: null }],
  ["draft-2016", { to: null, reason: "Imported from a draft; never issued." }],
]);

describe("a former slug answers 301 to the same address with the slug now, everywhere an address names agreements", () => {
  it.each([
    ["/agreements/uk-china-2015", "/agreements/uk-china-2015-cyber"],
    ["/agreements/uk-china-2015/readouts?base=x&v=0123456789ab", "/agreements/uk-china-2015-cyber/readouts?base=x&v=0123456789ab"],
    ["/compare/us-china-2015/uk-china-2015?view=dates", "/compare/us-china-2015/uk-china-2015-cyber?view=dates"],
    ["/embed/compare/uk-china-2015/us-china-2015", "/embed/compare/uk-china-2015-cyber/us-china-2015"],
    ["/api/v1/compare/uk-china-2015/us-china-2015?format=csv", "/api/v1/compare/uk-china-2015-cyber/us-china-2015?format=csv"],
    ["/api/v1/agreements/uk-china-2015", "/api/v1/agreements/uk-china-2015-cyber"],
    ["/og/agreement/uk-china-2015", "/og/agreement/uk-china-2015-cyber"],
    ["/og/compare/uk-china-2015/us-china-2015", "/og/compare/uk-china-2015-cyber/us-china-2015"],
  ])("%s", (path, location) => {
    expect(moveAnswerFrom(path, redirects)).toEqual({ status: 301, location });
  });

  it("answers a withdrawn slug 410 with the curator's reason", () => {
    expect(moveAnswerFrom("/compare/us-china-2015/draft-2016", redirects)).toEqual({
      status: 410,
      slug: "draft-2016",
      reason: "Imported from a draft; never issued.",
    });
  });

  it("decodes a percent-encoded slug, and leaves a comparison of the agreement with itself to the page", () => {
    expect(moveAnswerFrom("/agreements/uk%2Dchina-2015", redirects)).toEqual({ status: 301, location: "/agreements/uk-china-2015-cyber" });
    expect(moveAnswerFrom("/compare/uk-china-2015/uk-china-2015-cyber", redirects)).toBeNull();
  });

  it("leaves every other address alone", () => {
    for (const path of [
      "/agreements/us-china-2015",
      "/agreements",
      "/provisions/uk-china-2015",
      "/search?q=uk-china-2015",
      "/compare-view/x",
    ]) {
      expect(moveAnswerFrom(path, redirects)).toBeNull();
    }
    expect(moveAnswerFrom("/agreements/uk-china-2015", new Map())).toBeNull();
  });
});

describe("a preview is an address pinned to a staged version", () => {
  const state = { staged: new Set(["0123456789ab"]) };
  it.each([
    ["/agreements/x?v=0123456789ab", true],
    ["/data/0123456789ab.zip", true],
    ["/changes/aaaaaaaaaaaa...0123456789ab", true],
    ["/agreements/x?v=aaaaaaaaaaaa", false],
    ["/agreements/x", false],
  ])("%s: %s", (path, expected) => {
    expect(isPreview(path, state)).toBe(expected);
  });
});
