// The featured comparison on the real catalogue (unit-test database from test/global-setup.ts).
import { describe, expect, it } from "vitest";
import { getComparison } from "./comparison";

describe("getComparison", () => {
  it("aligns Canada–China 2017 (base) with US–China 2015", async () => {
    const result = await getComparison({ slugs: ["canada-china-2017", "us-china-2015"], view: "clauses", diff: "words" });
    if (result.kind !== "ok") throw new Error(result.kind);
    const { rows, summary, scope } = result.comparison;
    const ip = rows.find((r) => r.provision.key === "ip-theft");
    expect(ip?.status.kind).toBe("reworded");
    const cell = ip?.cells[1];
    if (!cell?.diff?.ok) throw new Error("expected a diff");
    expect(cell.diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim())).toEqual(["two sides agreed", "would"]);
    expect(cell.diff.parts.filter((p) => p.kind === "insert").map((p) => p.text.trim())).toEqual(["United States and China agree", "will"]);
    expect(rows.find((r) => r.provision.key === "hotline")?.status).toEqual({ kind: "only-in", slug: "us-china-2015" });
    expect(summary.headline).toBe("The IP-theft pledge is 88% the same wording: “two sides agreed” → “United States and China agree”, “would” → “will”.");
    expect(summary.intervals).toEqual(["Canada–China 2017 came 21 months after US–China 2015."]);
    const intelligence = scope.rows.find((r) => r.category.key === "intelligence-gathering");
    expect(intelligence?.cells.map((c) => [c.signature, c.bases])).toEqual([
      ["not-covered,silent", "press,text"],
      ["not-covered,silent", "press,text"],
    ]);
  });

  it("names the missing slugs, and refuses an unknown version", async () => {
    const missing = await getComparison({ slugs: ["us-china-2015", "nope-2020"], view: "clauses", diff: "words" });
    expect(missing).toMatchObject({ kind: "missing", missing: ["nope-2020"] });
    expect(await getComparison({ slugs: ["us-china-2015", "uk-china-2015"], view: "clauses", diff: "words", v: "000000000000" })).toEqual({ kind: "unknown-version" });
  });
});
