import { describe, expect, it } from "vitest";
import { agreement, clause, provisions } from "@/test/agreement-builders";
import { alignByProvision } from "./align";
import { rowStatusLabel } from "./row-status";
import { summarise } from "./summary";

const statuses = (rows: ReturnType<typeof alignByProvision>) =>
  Object.fromEntries(rows.map((r) => [r.provision.key, [r.status.kind, ...r.cells.map((c) => c.status)]]));

describe("alignByProvision", () => {
  it("marks identical texts identical and keeps vocabulary order whatever the document order", () => {
    const a = agreement("a", "2015-01-01", [clause("hotline", "A hotline."), clause("ip-theft", "No theft.")]);
    const b = agreement("b", "2016-01-01", [clause("ip-theft", "No theft."), clause("hotline", "A hotline.")]);
    const rows = alignByProvision([a, b], provisions);
    expect(rows.map((r) => r.provision.key)).toEqual(["ip-theft", "hotline"]);
    expect(statuses(rows)).toEqual({ "ip-theft": ["identical", "base", "identical"], hotline: ["identical", "base", "identical"] });
  });

  it("shows empty cells explicitly: only in one, added, partial", () => {
    const a = agreement("a", "2015-01-01", [clause("ip-theft", "No theft."), clause("hotline", "A hotline.")]);
    const b = agreement("b", "2016-01-01", [clause("ip-theft", "No theft at all."), clause("norms", "Norms.")]);
    const c = agreement("c", "2017-01-01", [clause("norms", "Norms.")]);
    const rows = alignByProvision([a, b, c], provisions);
    expect(statuses(rows)).toEqual({
      "ip-theft": ["partial", "base", "reworded", "absent"],
      hotline: ["only-in", "base", "absent", "absent"],
      norms: ["partial", "absent", "added", "added"],
    });
    expect(rows.find((r) => r.provision.key === "hotline")?.status).toEqual({ kind: "only-in", slug: "a" });
  });

  it("gives the lowest similarity for a reworded row", () => {
    const a = agreement("a", "2015-01-01", [clause("ip-theft", "one two three four")]);
    const b = agreement("b", "2016-01-01", [clause("ip-theft", "one two three five")]);
    const c = agreement("c", "2017-01-01", [clause("ip-theft", "one six seven eight")]);
    const [row] = alignByProvision([a, b, c], provisions);
    expect(row?.status).toEqual({ kind: "reworded", similarity: 0.25 });
  });

  it("diffs in a shared language only, never a paraphrase", () => {
    const zh = agreement("a", "2015-01-01", [
      clause("ip-theft", "中美双方同意", { language: "zh" }),
      clause("hotline", "A hotline.", { form: "paraphrase" }),
    ]);
    const fr = agreement("b", "2016-01-01", [
      clause("ip-theft", "Les deux parties ont convenu", { language: "fr" }),
      clause("hotline", "A hotline."),
    ]);
    const rows = alignByProvision([zh, fr], provisions);
    expect(rows.map((r) => [r.provision.key, r.cells[1]?.status, r.cells[1]?.why])).toEqual([
      ["ip-theft", "not-comparable", "No verbatim text in a common language."],
      ["hotline", "not-comparable", "One side is known only as a paraphrase."],
    ]);
    // Rows that could not be compared are "not comparable", never "reworded".
    expect(rows[0]?.status).toEqual({ kind: "not-comparable" });
    expect(rowStatusLabel(rows[0]!.status, (s) => s)).toBe("In all, not comparable word for word");
    const summary = summarise([zh, fr], rows, { rows: [] });
    expect(summary.reworded).toBe(0);
    expect(summary.sentences[0]).toBe("2 provisions in common (2 not comparable word for word).");
    expect(summary.headline).toBe(
      "The IP-theft pledge is in both, but cannot be compared word for word: no verbatim text in a common language.",
    );
  });

  it("compares Chinese with Chinese by word", () => {
    const a = agreement("a", "2015-01-01", [clause("ip-theft", "中美双方同意,各自国家政府均不得从事", { language: "zh" })]);
    const b = agreement("b", "2016-01-01", [clause("ip-theft", "中加双方同意,各自国家政府均不得从事", { language: "zh" })]);
    const cell = alignByProvision([a, b], provisions)[0]?.cells[1];
    expect(cell?.comparedIn).toBe("zh");
    expect(cell?.status).toBe("reworded");
  });

  it("compares a truncated copy only as far as it goes, and says so", () => {
    const full = agreement("a", "2015-01-01", [
      clause("ip-theft", "neither will conduct or knowingly support theft for commercial advantage"),
    ]);
    const cut = agreement("b", "2016-01-01", [clause("ip-theft", "neither will conduct or knowingly support…", { form: "truncated" })]);
    const [row] = alignByProvision([full, cut], provisions);
    const cell = row?.cells[1];
    expect(cell?.status).toBe("identical");
    expect(cell?.why).toBe("Compared as far as the truncated copy goes.");
    expect(cell?.caveats.map((c) => c.code)).toContain("truncated");
    expect(row?.status).toEqual({ kind: "identical" });
  });

  it("with several clauses, compares those in the shared language and counts the cell as cut short", () => {
    // The base has two clauses in English; the other has the first in English and the second in French only.
    const a = agreement("a", "2015-01-01", [clause("ip-theft", "No theft."), clause("ip-theft", "No support of theft.")]);
    const b = agreement("b", "2016-01-01", [
      clause("ip-theft", "No theft."),
      clause("ip-theft", "Aucun soutien au vol.", { language: "fr" }),
    ]);
    const cell = alignByProvision([a, b], provisions)[0]?.cells[1];
    expect(cell?.comparedIn).toBe("en");
    expect(cell?.compared?.own.map((t) => t.text)).toEqual(["No theft."]);
    expect(cell?.compared?.base.map((t) => t.text)).toEqual(["No theft.", "No support of theft."]);
    expect(cell?.why).toBe("Compared as far as the truncated copy goes.");
    expect(cell?.status).toBe("reworded");
  });

  it("prefers English when both have it, else the base's first language the other has", () => {
    const a = agreement("a", "2015-01-01", [
      clause("ip-theft", "中美双方同意", { language: "zh", also: [{ language: "en", text: "Both agree." }] }),
    ]);
    const b = agreement("b", "2016-01-01", [
      clause("ip-theft", "中加双方同意", { language: "zh", also: [{ language: "en", text: "Both sides agree." }] }),
    ]);
    expect(alignByProvision([a, b], provisions)[0]?.cells[1]?.comparedIn).toBe("en");
    const c = agreement("c", "2015-01-01", [
      clause("ip-theft", "Les deux", { language: "fr", also: [{ language: "zh", text: "中美双方同意" }] }),
    ]);
    const d = agreement("d", "2016-01-01", [
      clause("ip-theft", "中加双方同意", { language: "zh", also: [{ language: "fr", text: "Les trois" }] }),
    ]);
    expect(alignByProvision([c, d], provisions)[0]?.cells[1]?.comparedIn).toBe("fr");
  });

  it("returns no rows for no agreements", () => {
    expect(alignByProvision([], provisions)).toEqual([]);
  });
});
