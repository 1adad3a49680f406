import { describe, expect, it } from "vitest";
import { agreement, categories, clause, provisions } from "@/test/agreement-builders";
import { buildComparison } from "./comparison";
import { changeWeight } from "./summary";

describe("the headline names what matters", () => {
  const US =
    "The United States and China agree that neither country's government will conduct or knowingly support cyber-enabled theft of intellectual property.";
  const UK = "The UK and China agree not to conduct or support cyber-enabled theft of intellectual property.";
  const CA =
    "The two sides agreed that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property.";

  it.each([
    ["knowingly ", "", 3],
    ["United States", "UK", 2],
    ["agree", "agreed", 1],
    ["will", "would", 1],
    [",", "", 0],
  ])("“%s” → “%s” weighs %i", (deleted, inserted, weight) => {
    expect(changeWeight(deleted, inserted)).toBe(weight);
  });

  it("puts a dropped content word before replaced names and grammar", () => {
    const { summary } = buildComparison(
      [agreement("us", "2015-09-25", [clause("ip-theft", US)]), agreement("uk", "2015-10-22", [clause("ip-theft", UK)])],
      { provisions, categories },
    );
    expect(summary.headline).toMatch(/^The IP-theft pledge is \d+% the same wording: “knowingly” dropped, /);
  });

  it("in a 3-way view, quotes the least similar pair's figure and its changes, naming the pair", () => {
    const { summary, rows } = buildComparison(
      [
        agreement("us", "2015-09-25", [clause("ip-theft", US)]),
        agreement("ca", "2017-06-22", [clause("ip-theft", CA)]),
        agreement("uk", "2015-10-22", [clause("ip-theft", UK)]),
      ],
      { provisions, categories },
    );
    const row = rows.find((r) => r.provision.key === "ip-theft");
    const uk = row?.cells[2]?.diff;
    expect(uk?.ok && row?.status.kind === "reworded" && row.status.similarity).toBe(uk?.ok && uk.similarity);
    expect(summary.headline).toContain("the same wording in UK against US: “knowingly” dropped");
  });

  it("in a 4-way view where three have the pledge, leads with what is shared, never with a zero", () => {
    const { summary } = buildComparison(
      [
        agreement("us", "2015-09-25", [clause("ip-theft", US), clause("hotline", "A hotline.")]),
        agreement("ca", "2017-06-22", [clause("ip-theft", CA)]),
        agreement("uk", "2015-10-22", [clause("ip-theft", UK)]),
        agreement("g7", "2017-04-11", [clause("norms", "Norms of responsible state behaviour.")]),
      ],
      { provisions, categories },
    );
    expect(summary.headline).toBe(
      "The IP-theft pledge is in 3 of 4: US, CA and UK; not in G7. Least alike: UK, 70% the same wording as US: “knowingly” dropped, “United States” → “UK”, “that neither country's government will” → “not to”.",
    );
    expect(summary.headline).not.toMatch(/^0 /);
  });

  it("in a 3-way view where all have it, says so before the figure", () => {
    const { summary } = buildComparison(
      [
        agreement("us", "2015-09-25", [clause("ip-theft", US)]),
        agreement("ca", "2017-06-22", [clause("ip-theft", CA)]),
        agreement("uk", "2015-10-22", [clause("ip-theft", UK)]),
      ],
      { provisions, categories },
    );
    expect(summary.headline).toMatch(/^The IP-theft pledge is in all 3: it is \d+% the same wording in UK against US/);
  });

  it("keeps the figure when one of three has no language in common with the base, and says so", () => {
    const { summary } = buildComparison(
      [
        agreement("us", "2015-09-25", [clause("ip-theft", US)]),
        agreement("uk", "2015-10-22", [clause("ip-theft", UK)]),
        agreement("zh", "2016-01-01", [clause("ip-theft", "中美双方同意", { language: "zh" })]),
      ],
      { provisions, categories },
    );
    expect(summary.headline).toMatch(
      /^The IP-theft pledge is in all 3: it is \d+% the same wording in UK against US \(1 more not comparable word for word\): /,
    );
  });
});
