import { describe, expect, it } from "vitest";
import { markQuotations, matchQuotation, nearestPassage, runsOf } from "./quotation";

const PASSAGE =
  "48. China and the United States agree that timely responses should be provided. Further, both sides agree to cooperate, in a manner consistent with their respective national laws and relev";

describe("runsOf", () => {
  it.each([
    ["a verbatim text is one run", "a … b", "verbatim", ["a … b"], { start: false, end: false, inner: 0 }],
    ["cut at the start", "… The two sides agree.", "truncated", ["The two sides agree."], { start: true, end: false, inner: 0 }],
    ["cut at the end, bracketed", "They agree to meet […]", "truncated", ["They agree to meet"], { start: false, end: true, inner: 0 }],
    [
      "an omission between two runs",
      "As a means … we will co-chair …",
      "truncated",
      ["As a means", "we will co-chair"],
      { start: false, end: true, inner: 1 },
    ],
    ["a Chinese double ellipsis is one cut", "……双方同意", "truncated", ["双方同意"], { start: true, end: false, inner: 0 }],
  ] as const)("%s", (_name, text, form, runs, cuts) => {
    expect(runsOf(text, form)).toEqual({ runs, cuts });
  });
});

describe("matchQuotation", () => {
  it.each([
    ["a sentence inside the passage", "China and the United States agree that timely responses should be provided.", "verbatim", true],
    ["one character changed", "China and the United States agree that timely response should be provided.", "verbatim", false],
    [
      "cut where the stored copy stops",
      "Further, both sides agree to cooperate, in a manner consistent with their respective national laws and relev…",
      "truncated",
      true,
    ],
    ["cut at the end where the copy goes on", "Further, both sides agree to cooperate …", "truncated", false],
    [
      "an omission inside, runs in order",
      "48. China … both sides agree to cooperate, in a manner consistent with their respective national laws and relev …",
      "truncated",
      true,
    ],
    ["runs out of order", "both sides agree … 48. China …", "truncated", false],
    ["a truncated text with no cut mark", "both sides agree to cooperate", "truncated", false],
    [
      "cut at the start where the passage starts earlier",
      "… both sides agree to cooperate, in a manner consistent with their respective national laws and relev …",
      "truncated",
      false,
    ],
  ] as const)("%s", (_name, text, form, ok) => {
    expect(matchQuotation(PASSAGE, text, form).ok).toBe(ok);
  });

  it("says why a cut copy does not fit: the passage goes on after its cut", () => {
    const match = matchQuotation(PASSAGE, "Further, both sides agree to cooperate …", "truncated");
    expect(match).toMatchObject({ ok: false, reason: expect.stringContaining('the stored passage goes on (", in a manner') });
  });

  it("accepts a passage's own closing cut mark as where it stops", () => {
    expect(matchQuotation("The norms were seen up to ta …", "seen up to ta …", "truncated").ok).toBe(true);
    expect(matchQuotation("… The two sides also agree.", "… The two sides also agree.", "truncated").ok).toBe(true);
  });
});

describe("nearestPassage", () => {
  it("names the passage holding most of the text and where the two part", () => {
    const passages = [{ text: "Unrelated words entirely." }, { text: PASSAGE }];
    const near = nearestPassage("China and the United States agree that timely answers should be provided.", "verbatim", passages);
    expect(near?.passage).toBe(passages[1]);
    expect(near?.textGoesOn.startsWith("answers")).toBe(true);
    expect(near?.passageHas.startsWith("responses")).toBe(true);
  });
});

describe("markQuotations", () => {
  it("marks every quoted run, merged where quotations overlap, and leaves the rest plain", () => {
    const parts = markQuotations("one two three four five", [
      { text: "two three", form: "verbatim" },
      { text: "three four", form: "verbatim" },
      { text: "one …", form: "truncated" },
      { text: "five", form: "paraphrase" },
    ]);
    // "one …" says the copy stops after "one", which it does not: not a quotation of this passage.
    expect(parts).toEqual([
      { text: "one ", quoted: false },
      { text: "two three four", quoted: true },
      { text: " five", quoted: false },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe("one two three four five");
  });

  it("marks nothing when no text quotes the passage", () => {
    expect(markQuotations("abc", [])).toEqual([{ text: "abc", quoted: false }]);
  });
});
