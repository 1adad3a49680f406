import { describe, expect, it } from "vitest";
import { agreement, clause, event, reading } from "@/test/agreement-builders";
import { compareDigests, describeChange, type Digest } from "./changes";
import { lineageOf, wordingsOf, type ProvisionEntry } from "@/lib/compare/provision";
import { diffAgreement, lineageShifts, parseRange } from "./version-diff";

const digest = (entries: [string, string][]): Digest => ({
  agreements: new Map(entries.map(([slug, hash]) => [slug, { slug, shortTitle: slug.toUpperCase(), title: slug, hash }])),
  counts: { agreements: entries.length, clauses: 0, texts: 0, sources: 0 },
});

describe("changes between two versions", () => {
  const before = digest([
    ["a", "1"],
    ["b", "1"],
    ["c", "1"],
  ]);
  const after = digest([
    ["a", "1"],
    ["b", "2"],
    ["d", "1"],
  ]);

  it("finds agreements added, removed and changed by fingerprint", () => {
    const diff = compareDigests(before, after);
    expect(diff.added.map((a) => a.slug)).toEqual(["d"]);
    expect(diff.removed.map((a) => a.slug)).toEqual(["c"]);
    expect(diff.changed.map((a) => a.slug)).toEqual(["b"]);
  });

  it("says it in one sentence: first import, new import, return to an older version", () => {
    const row = { id: "bbbbbbbbbbbb", previous: "aaaaaaaaaaaa", isNewImport: true, importedAt: "2026-11-01T00:00:00.000Z" };
    expect(describeChange({ ...row, previous: null }, compareDigests(null, after), after.counts)).toBe("First import: 3 agreements.");
    expect(describeChange(row, compareDigests(before, after), after.counts)).toBe("Added D; changed B; removed C.");
    expect(describeChange({ ...row, isNewImport: false }, compareDigests(after, before), before.counts)).toBe(
      "Back to version bbbbbbbbbbbb, first imported 2026-11-01: added C; changed B; removed D.",
    );
    expect(describeChange(row, compareDigests(before, before), before.counts)).toBe(
      "No change to the agreements (the files changed, not what they say).",
    );
    const many = digest(["e", "f", "g", "h", "i"].map((s) => [s, "1"]));
    expect(
      describeChange(
        row,
        compareDigests(before, { ...many, agreements: new Map([...before.agreements, ...many.agreements]) }),
        many.counts,
      ),
    ).toBe("Added E, F, G and 2 more.");
  });

  it("diffs one agreement: fields, clause texts with word diffs and provenance, scope, events", () => {
    const a = agreement(
      "x",
      "2015-09-25",
      [clause("ip-theft", "neither would knowingly support theft")],
      [reading("norms", "silent")],
      [event("2015-09-25")],
    );
    const b = agreement(
      "x",
      "2015-09-26",
      [clause("ip-theft", "neither would support theft", { form: "truncated" }), clause("hotline", "A hotline.")],
      [reading("norms", "covered")],
      [event("2015-09-26")],
    );
    const change = diffAgreement(a, b);
    expect(change.fields).toEqual([{ field: "Date", before: "2015-09-25", after: "2015-09-26" }]);
    const ip = change.texts.find((t) => t.provision === "ip-theft");
    expect(ip?.kind).toBe("changed");
    expect(ip?.provenance).toBe("English · Verbatim · High confidence → English · Truncated copy · High confidence");
    expect(ip?.diff?.ok && ip.diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["knowingly"]);
    expect(change.texts.find((t) => t.provision === "hotline")?.kind).toBe("added");
    expect(change.scope.map((s) => s.kind)).toEqual(["removed", "added"]);
    expect(change.events).toHaveLength(2);
  });

  it("shows clause texts up to the page's budget and counts the rest, diffing only what it shows", () => {
    const long = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");
    const before = agreement(
      "x",
      "2015",
      [1, 2, 3].map((n) => clause(`p${n}`, long(2_000, "a"))),
      [],
      [],
    );
    const after = agreement(
      "x",
      "2015",
      [1, 2, 3].map((n) => clause(`p${n}`, `${long(2_000, "a")} more`)),
      [],
      [],
    );
    const size = (before.clauses[0]?.texts[0]?.text.length ?? 0) * 2 + " more".length;
    const all = diffAgreement(before, after);
    expect(all.texts).toHaveLength(3);
    expect(all.omittedTexts).toBe(0);
    const capped = diffAgreement(before, after, size * 2 - 1);
    expect(capped.texts.map((t) => t.provision)).toEqual(["p1"]);
    expect(capped.texts[0]?.diff?.ok).toBe(true);
    expect(capped.omittedTexts).toBe(2);
    expect(diffAgreement(before, after, 0).texts).toEqual([]);
  });

  it("parses {from}...{to} and nothing else", () => {
    expect(parseRange("aaaaaaaaaaaa...bbbbbbbbbbbb")).toEqual({ from: "aaaaaaaaaaaa", to: "bbbbbbbbbbbb" });
    for (const bad of ["aaaaaaaaaaaa..bbbbbbbbbbbb", "aaaaaaaaaaaa...bbbb", "AAAAAAAAAAAA...bbbbbbbbbbbb", "%E0%A4%A", "a...b...c"])
      expect(parseRange(bad)).toBeNull();
  });

  it("reports the lineage shifts an import causes: a new earlier wording that is now a document's closest", () => {
    const entry = (slug: string, date: string, text: string): ProvisionEntry => ({
      agreement: {
        slug,
        title: slug,
        shortTitle: slug.toUpperCase(),
        date,
        datePrecision: "day",
        year: Number(date.slice(0, 4)),
        form: "joint-statement",
        parties: [],
      },
      clauses: [clause("ip-theft", text)],
    });
    const provision = { key: "ip-theft", label: "IP theft", description: "", featuredAs: null };
    const us = entry("us", "2015-09-25", "neither government will conduct or knowingly support theft of intellectual property");
    const ca = entry("ca", "2017-06-22", "neither government would conduct or support theft of intellectual property for advantage");
    const g20 = entry("g20", "2016-01-01", "neither government would conduct or support theft of intellectual property for advantage");
    const catalogue = (entries: ProvisionEntry[]) => ({
      provision,
      wordings: wordingsOf(entries),
      lineage: lineageOf(wordingsOf(entries)),
    });
    expect(lineageShifts(catalogue([us, ca]), catalogue([us, g20, ca]))).toEqual([
      {
        provision: { key: "ip-theft", label: "IP theft" },
        agreement: { slug: "ca", shortTitle: "CA", title: "ca" },
        before: { slug: "us", shortTitle: "US", title: "us" },
        after: { slug: "g20", shortTitle: "G20", title: "g20" },
      },
    ]);
    expect(lineageShifts(catalogue([us, ca]), catalogue([us, ca]))).toEqual([]);
  });
});
