// The treaty-scale report's measure of linearity: a word's cost at the dearest length over the cheapest, per language.
import { describe, expect, it } from "vitest";
import { perWordRatio } from "./treaty-report";

const timing = (language: string, words: number, nsPerWord: number) => ({
  language,
  words,
  tokens: words,
  ms: (nsPerWord * words) / 1e6,
  nsPerWord,
});

describe("perWordRatio", () => {
  it("compares the lengths of one language only", () => {
    const timed = [timing("en", 1_000, 200), timing("en", 10_000, 150), timing("en", 100_000, 600), timing("zh", 1_000, 1)];
    expect(perWordRatio(timed, "en")).toBe(4);
    expect(perWordRatio(timed, "zh")).toBeNaN();
  });
});
