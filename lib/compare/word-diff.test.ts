import { afterEach, describe, expect, it, vi } from "vitest";
import { clause } from "@/test/agreement-builders";
import { comparableText } from "./align";
import { countWords, diffTokens } from "../text/words";
import { DIFF_LIMITS, diffClauseWords, editBound } from "./word-diff";

const US =
  "The United States and China agree that neither country's government will conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages to companies or commercial sectors.";
const CA =
  "The two sides agreed that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages to companies or commercial sectors.";

const changed = (parts: { kind: string; text: string }[], kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe("diffClauseWords", () => {
  it("marks identical texts as identical, whitespace aside", () => {
    expect(diffClauseWords("A  b\nc", "A b c")).toEqual({
      ok: true,
      parts: [{ kind: "equal", text: "A b c" }],
      similarity: 1,
      identical: true,
    });
  });

  it("finds exactly the differing words of the US–China and Canada–China IP-theft clauses", () => {
    const d = diffClauseWords(US, CA);
    if (!d.ok) throw new Error(d.message);
    expect(changed(d.parts, "delete")).toEqual(["United States and China agree", "will"]);
    expect(changed(d.parts, "insert")).toEqual(["two sides agreed", "would"]);
    expect(d.similarity).toBeCloseTo(0.875, 3);
    expect(d.identical).toBe(false);
  });

  it("diffs accented text by word", () => {
    const d = diffClauseWords("n'appuierait consciemment une telle activité", "n'appuierait ouvertement une telle activité", "fr");
    if (!d.ok) throw new Error(d.message);
    expect(changed(d.parts, "delete")).toEqual(["consciemment"]);
    expect(changed(d.parts, "insert")).toEqual(["ouvertement"]);
  });

  it("diffs Chinese by word, not by whole sentence", () => {
    const a = "中美双方同意,各自国家政府均不得从事或者在知情情况下支持网络窃取知识产权";
    const b = "中加双方同意,各自国家政府均不得从事或者在知情情况下支持网络窃取知识产权";
    const d = diffClauseWords(a, b, "zh");
    if (!d.ok) throw new Error(d.message);
    expect(
      d.parts
        .filter((p) => p.kind !== "equal")
        .map((p) => p.text)
        .join("").length,
    ).toBeLessThan(6);
    expect(d.similarity).toBeGreaterThan(0.8);
    expect(countWords(a, "zh")).toBeGreaterThan(5);
  });

  it("handles empty and one-sided text", () => {
    const d = diffClauseWords("", "Something new");
    expect(d).toMatchObject({ ok: true, similarity: 0 });
    expect(diffClauseWords("", "")).toMatchObject({ ok: true, identical: true, similarity: 1 });
  });

  it("refuses input over the length bound", () => {
    expect(diffClauseWords("a ".repeat(20_001), "b")).toMatchObject({ ok: false, reason: "too-long" });
  });

  describe("the answer does not depend on the clock", () => {
    afterEach(() => vi.restoreAllMocks());
    it("gives the same diff on a machine so busy that every clock reading is a second later", () => {
      const calm = diffClauseWords(US, CA);
      let now = Date.now();
      vi.spyOn(Date, "now").mockImplementation(() => (now += 1_000));
      vi.spyOn(performance, "now").mockImplementation(() => (now += 1_000));
      // A page is cached under its dataset version: a pause must not turn into "the texts differ too much".
      expect(diffClauseWords(US, CA)).toEqual(calm);
      expect(calm.ok).toBe(true);
    });
  });

  it("allows short clauses the whole edit bound and long texts fewer edits, by a fixed work budget", () => {
    expect(editBound(diffTokens(US).length + diffTokens(CA).length)).toBe(DIFF_LIMITS.maxEditLength);
    expect(editBound(10_000)).toBe(400);
    expect(editBound(10_000) * 10_000).toBeLessThanOrEqual(DIFF_LIMITS.workBudget);
    // A small budget refuses what a full one diffs: the bound is what decides, not the time it took.
    const limits = { ...DIFF_LIMITS, workBudget: 100 };
    expect(diffClauseWords(US, CA, "en", limits)).toMatchObject({ ok: false, reason: "too-different" });
  });

  it("gives up on adversarial input within the edit bound, quickly", () => {
    const words = (seed: number) => Array.from({ length: 2500 }, (_, i) => `w${(i * seed) % 9973}`).join(" ");
    const started = performance.now();
    const d = diffClauseWords(words(7), words(13));
    expect(d).toMatchObject({ ok: false, reason: "too-different" });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("truncated copies", () => {
  const full =
    "no state should conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages";
  it("does not show the words beyond a cut as deleted, nor count them against the similarity", () => {
    const cut =
      "no country should conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business …";
    const diff = diffClauseWords(full, cut);
    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["state"]);
    expect(diff.parts.filter((p) => p.kind === "insert").map((p) => p.text.trim())).toEqual(["country"]);
    expect(diff.parts.map((p) => p.text).join("")).not.toContain("…");
    expect(diff.similarity).toBeGreaterThan(0.9);
  });

  it("trims the other side when the base is the cut copy, and at the start for a leading …", () => {
    const diff = diffClauseWords(
      "… cyber-enabled theft of intellectual property",
      "no state should conduct cyber-enabled theft of intellectual property",
    );
    expect(diff.ok && diff.identical).toBe(true);
    const end = diffClauseWords(
      "They also endorsed the 2015 report, affirme …",
      "They also endorsed the 2015 report, affirmed that international law applies.",
    );
    // "affirme" is the cut copy's partial last word, not a change.
    expect(end.ok && end.identical).toBe(true);
  });

  it("still shows every change of an uncut text", () => {
    const diff = diffClauseWords(full, "no state should conduct");
    expect(diff.ok && diff.parts.some((p) => p.kind === "delete" && p.text.includes("knowingly"))).toBe(true);
  });

  it('aligns an omission inside a copy (" … ") as a gap: no deleted or inserted words, only the compared part counted', () => {
    const whole =
      "will not conduct or support ICT-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages";
    const cut =
      "will not conduct or support ICT-enabled theft of intellectual property … with the intent of providing competitive advantages";
    for (const [base, other] of [
      [whole, cut],
      [cut, whole],
    ] as const) {
      const diff = diffClauseWords(base, other);
      expect(diff.ok).toBe(true);
      if (!diff.ok) return;
      expect(diff.parts.filter((p) => p.kind === "delete" || p.kind === "insert")).toEqual([]);
      expect(diff.parts.find((p) => p.kind === "omitted")?.text).toContain("including trade secrets");
      expect(diff.similarity).toBe(1);
      expect(diff.parts.map((p) => p.text).join("")).not.toContain("\uE000");
    }
    // A real change beside the gap is still a change, and the similarity counts the compared words only.
    const changed = diffClauseWords(whole, cut.replace("will not", "shall not"));
    expect(changed.ok && changed.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["will"]);
    expect(changed.ok && changed.similarity).toBeGreaterThan(0.9);
    expect(changed.ok && changed.parts.some((p) => p.kind === "omitted" && p.text.includes("confidential"))).toBe(true);
  });

  it("treats a clause break as no omission, and aligned gaps in both copies as territory neither shows", () => {
    // Two clauses of one agreement joined for the diff: the other text's words between them are real changes.
    const joined = comparableText([clause("ip-theft", "No theft of intellectual property."), clause("ip-theft", "A hotline.")], "en");
    const diff = diffClauseWords("No theft of intellectual property by hackers. A hotline.", joined?.text ?? "");
    expect(diff.ok && diff.parts.some((p) => p.kind === "omitted")).toBe(false);
    expect(diff.ok && diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["by hackers"]);
    // Both copies cut at the same place: what either has beside the gap is not a change.
    const both = diffClauseWords("one two … four five", "one … three four five");
    expect(both.ok && both.parts.filter((p) => p.kind === "delete" || p.kind === "insert")).toEqual([]);
    expect(both.ok && both.parts.map((p) => p.text).join("")).not.toContain("\uE000");
    // The same copy written with another cut mark is identical, and shows its gap as "…".
    const same = diffClauseWords("one two … four", "one two […] four");
    expect(same.ok && same.identical && same.parts.map((p) => p.text).join("")).toBe("one two … four");
  });

  it("marks the changed words without their spaces, which stay with the words around them", () => {
    const diff = diffClauseWords("the two sides agreed that they would conduct", "the two sides agree that they will conduct");
    expect(diff.ok && diff.parts).toEqual([
      { kind: "equal", text: "the two sides " },
      { kind: "delete", text: "agreed" },
      { kind: "insert", text: "agree" },
      { kind: "equal", text: " that they " },
      { kind: "delete", text: "would" },
      { kind: "insert", text: "will" },
      { kind: "equal", text: " conduct" },
    ]);
  });
});
