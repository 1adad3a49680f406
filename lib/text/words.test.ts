import { describe, expect, it } from "vitest";
import { CLAUSE_BREAK, countWords, diffTokens, foldedWords, segmenterFor, segmentsOf, UNSPACED, widthOf, words } from "./words";

describe("words", () => {
  it("splits Latin text at spaces and punctuation, keeping apostrophes and numbers inside a word", () => {
    expect(words("Neither country's government will, in 2015, conduct it.")).toEqual([
      "Neither",
      "country's",
      "government",
      "will",
      "in",
      "2015",
      "conduct",
      "it",
    ]);
    expect(words("l’État n'appuierait 3.5 %", "fr")).toEqual(["l’État", "n'appuierait", "3.5"]);
  });

  it("splits at hyphens", () => {
    expect(words("cyber-enabled theft")).toEqual(["cyber", "enabled", "theft"]);
  });

  it("splits Chinese, written without spaces, into dictionary words whatever the language said", () => {
    expect(words("知识产权", "zh")).toEqual(["知识", "产权"]);
    expect(words("支持网络窃取知识产权", "en")).toEqual(words("支持网络窃取知识产权", "zh"));
    expect(countWords("中美双方同意,各自国家政府均不得从事", "zh")).toBeGreaterThan(5);
    expect(UNSPACED.test("高级")).toBe(true);
    expect(UNSPACED.test("사이버 공격")).toBe(false); // Korean spaces its words
  });

  it("reads Cyrillic as words", () => {
    expect(words("Ни одна из сторон не будет поддерживать кибератаки.", "ru")).toEqual([
      "Ни",
      "одна",
      "из",
      "сторон",
      "не",
      "будет",
      "поддерживать",
      "кибератаки",
    ]);
  });

  it("never counts punctuation, the clause break or the cut mark as words", () => {
    expect(words(`« first clause »;${CLAUSE_BREAK}second … third — (fourth)!`)).toEqual(["first", "clause", "second", "third", "fourth"]);
    expect(countWords("… ¶ — ; , . ! ?")).toBe(0);
    expect(countWords("")).toBe(0);
  });

  it("falls back to English for an unknown language tag", () => {
    expect(words("two words", "not a tag!")).toEqual(["two", "words"]);
    expect(segmenterFor("知识产权", "en").resolvedOptions().locale).toMatch(/^zh/);
  });
});

describe("folded words", () => {
  it("lower-cases, normalises and splits at the punctuation inside a word", () => {
    expect(foldedWords("Cyber-enabled THEFT; propriété", "en")).toEqual(["cyber", "enabled", "theft", "propriété"]);
    expect(foldedWords("country's 3.5 2015")).toEqual(["country", "s", "3", "5", "2015"]);
    expect(foldedWords("proprie\u0301te\u0301")).toEqual(["propriété"]);
    expect(foldedWords("知识产权", "en")).toEqual(["知识", "产权"]);
    expect(foldedWords("КИБЕРАТАКИ", "ru")).toEqual(["кибератаки"]);
  });
});

describe("diff tokens and width", () => {
  it("cuts a text into the diff's tokens, each with its spaces, which joined give the text back", () => {
    expect(diffTokens("neither country's government will  conduct.")).toEqual([
      "neither ",
      "country's ",
      "government ",
      "will  ",
      "conduct",
      ".",
    ]);
    expect(diffTokens('``computer system" means')).toEqual(["`", "`", "computer ", "system", '" ', "means"]);
    expect(diffTokens("中国和美国同意", "zh").join("")).toBe("中国和美国同意");
    expect(diffTokens("中国和美国同意", "zh").length).toBeGreaterThan(1);
    expect(diffTokens("تلتزم كل دولة طرف", "ar")).toEqual(["تلتزم ", "كل ", "دولة ", "طرف"]);
  });

  it("counts a wide (CJK) character as two columns", () => {
    expect(widthOf("abc")).toBe(3);
    expect(widthOf("中国。")).toBe(6);
    expect(widthOf("")).toBe(0);
  });

  it("segments a long text a sentence at a time, as the whole text would be, each segment at its place", () => {
    const sentence = "双方同意，各自国家政府均不得从事或者在知情情况下支持网络窃取知识产权。";
    expect(words(sentence.repeat(60), "zh")).toEqual(Array.from({ length: 60 }, () => words(sentence, "zh")).flat());
    const english = "Each Party shall adopt, by 3.5 p.m., such measures as may be necessary. ".repeat(40) + "x".repeat(900);
    const segments = segmentsOf(english);
    for (const s of segments) expect(english.slice(s.index, s.index + s.segment.length)).toBe(s.segment);
    expect(segments.map((s) => s.segment).join("")).toBe(english);
    expect(words(english).filter((w) => w === "3.5")).toHaveLength(40);
  });
});
