// The treaty-scale benchmark's synthetic catalogue (./treaties.ts): its treaties have the asked number of
// numbered, headed articles with anchors of their own, the two 48-article treaties are there with B's moves
// confirmed in part, and the catalogue loader accepts the whole folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anchorOf } from "@/lib/domain/units";
import { loadCatalogue } from "../catalogue/load";
import { articlesOf, generateTreatyCatalogue, movedOrder, reword, TREATY_PAIR } from "./treaties";

const dir = mkdtempSync(path.join(tmpdir(), "pactdiff-treaties-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("generateTreatyCatalogue", () => {
  it("writes treaties of K numbered articles that the loader accepts", async () => {
    generateTreatyCatalogue(3, 5, dir);
    const catalogue = await loadCatalogue(dir);
    const bySlug = new Map(catalogue.agreements.map((a) => [a.slug, a]));
    for (const slug of ["synthetic-0001", "synthetic-0002", "synthetic-0003"]) {
      const treaty = bySlug.get(slug)!;
      expect(treaty.clauses.map((c) => c.number)).toEqual(["1", "2", "3", "4", "5"]);
      expect(treaty.clauses.map((c) => c.label)).toEqual(["Art. 1", "Art. 2", "Art. 3", "Art. 4", "Art. 5"]);
      expect(treaty.clauses.every((c) => c.heading && c.texts.length > 0)).toBe(true);
      expect(new Set(treaty.clauses.map((c) => anchorOf(c.number!))).size).toBe(5);
    }
    // The second treaty starts seven Budapest articles later: "Art. 1" of one is Budapest's Art. 8.
    const budapest = bySlug.get("budapest-convention-2001")!;
    expect(bySlug.get("synthetic-0002")!.clauses[0]!.heading).toBe(budapest.clauses.find((c) => c.number === "8")!.heading);
    const [a, b] = TREATY_PAIR.map((s) => bySlug.get(s)!);
    expect(a!.clauses).toHaveLength(48);
    expect(b!.clauses).toHaveLength(48);
    expect(b!.alignments[0]!.with).toBe(a!.slug);
    // Real agreements are kept as they are.
    expect(budapest.clauses.filter((c) => c.number)).toHaveLength(48);
  });
});

describe("reword", () => {
  it("changes a few plain words, differently for each seed", () => {
    const text = "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences";
    const one = reword(text, 1);
    const two = reword(text, 2);
    expect(one).not.toBe(text);
    expect(one).not.toBe(two);
    const changed = one.split(" ").filter((w, i) => w !== text.split(" ")[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(3);
  });
});

describe("articlesOf and movedOrder", () => {
  it("wraps round the 48 articles and moves 16 of them", () => {
    expect(articlesOf(7, 12)).toEqual([42, 43, 44, 45, 46, 47, 0, 1, 2, 3, 4, 5]);
    const order = movedOrder();
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 48 }, (_, j) => j));
    expect(order.filter((x, j) => x !== j)).toHaveLength(16);
  });
});
