import { describe, expect, it } from "vitest";
import { agreement, categories, clause, provisions } from "@/test/agreement-builders";
import { buildComparison } from "../compare/comparison";
import { EMBED_HEIGHT_RANGE } from "./snippet";
import { estimateEmbedHeight, lines, STACK_BELOW } from "./height";
import { shownRows, type EmbedState } from "./state";

const long = "neither would conduct or knowingly support cyber-enabled theft of intellectual property ".repeat(3);
const comparison = buildComparison(
  [
    agreement("a", "2015-09-25", [clause("ip-theft", long), clause("hotline", "A hotline.")]),
    agreement("b", "2017-06-22", [clause("ip-theft", long.replace("knowingly ", "")), clause("norms", "Norms.")]),
  ],
  { provisions, categories },
);
const state: EmbedState = { slugs: ["a", "b"], view: "clauses", diff: "words", theme: "light", rows: [] };

describe("embed height estimate", () => {
  it("counts lines by width, CJK characters as two", () => {
    expect(lines("", 300)).toBe(0);
    expect(lines("word ".repeat(100), 300)).toBeGreaterThan(lines("word ".repeat(100), 600));
    expect(lines("中".repeat(40), 300)).toBeGreaterThan(lines("a".repeat(40), 300));
  });

  it("is taller when the table stacks into cards and when more rows are shown", () => {
    const wide = estimateEmbedHeight(comparison, state, 800);
    const narrow = estimateEmbedHeight(comparison, state, STACK_BELOW - 138);
    expect(narrow).toBeGreaterThan(wide);
    expect(estimateEmbedHeight(comparison, { ...state, rows: ["ip-theft"] }, 800)).toBeLessThan(wide);
  });

  it("stays within the range the listener accepts", () => {
    const h = estimateEmbedHeight(comparison, state, 240);
    expect(h).toBeGreaterThanOrEqual(EMBED_HEIGHT_RANGE.min);
    expect(h).toBeLessThanOrEqual(EMBED_HEIGHT_RANGE.max);
  });
});

describe("shownRows", () => {
  it("keeps the rows named, in catalogue order; unknown names show everything", () => {
    expect(shownRows(comparison.rows, { rows: ["norms", "ip-theft"] }).map((r) => r.provision.key)).toEqual(["ip-theft", "norms"]);
    expect(shownRows(comparison.rows, { rows: ["nope"] })).toHaveLength(comparison.rows.length);
    expect(shownRows(comparison.rows, { rows: [] })).toHaveLength(comparison.rows.length);
  });
});
