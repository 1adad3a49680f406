// Reads the unit-test database that test/global-setup.ts migrated and filled with the real catalogue.
import { describe, expect, it } from "vitest";
import { getAgreementBySlug, getFilterOptions, listAgreements } from "./agreements";
import { getLatestVersion, resolveVersion } from "./versions";

async function latest() {
  const version = await getLatestVersion();
  if (!version) throw new Error("no dataset version in the unit-test database");
  return version.id;
}

describe("agreement reads", () => {
  it("lists the six agreements in date order as summaries", async () => {
    const agreements = await listAgreements(await latest());
    expect(agreements.map((a) => a.slug)).toEqual([
      "us-russia-2013",
      "russia-china-2015",
      "us-china-2015",
      "uk-china-2015",
      "g20-antalya-2015",
      "canada-china-2017",
    ]);
    const usChina = agreements.find((a) => a.slug === "us-china-2015");
    expect(usChina).toMatchObject({
      shortTitle: "US–China 2015",
      parties: [
        { code: "USA", name: "United States" },
        { code: "CHN", name: "China" },
      ],
      date: "2015-09-25",
      datePrecision: "day",
      coveredScope: expect.arrayContaining(["economic-espionage", "norms"]),
    });
    expect(usChina?.provisionKeys).toContain("hotline");
  });

  it("filters by party, year, form, scope, provision and text", async () => {
    const v = await latest();
    const slugs = async (f: Parameters<typeof listAgreements>[1]) => (await listAgreements(v, f)).map((a) => a.slug);
    expect(await slugs({ party: "CAN" })).toEqual(["canada-china-2017"]);
    expect(await slugs({ year: 2013 })).toEqual(["us-russia-2013"]);
    expect(await slugs({ form: "communique" })).toEqual(["g20-antalya-2015", "canada-china-2017"]);
    expect(await slugs({ scope: "content-control" })).toEqual(["russia-china-2015"]);
    expect(await slugs({ provision: "hotline", party: "USA" })).toEqual(["us-russia-2013", "us-china-2015"]);
    expect(await slugs({ q: "Antalya" })).toEqual(["g20-antalya-2015"]);
  });

  it("returns an agreement with clauses, citations, scope readings, events and corrections", async () => {
    const a = await getAgreementBySlug(await latest(), "canada-china-2017");
    expect(a).not.toBeNull();
    const clause = a!.clauses.find((c) => c.provision.key === "ip-theft");
    expect(clause?.texts[0]).toMatchObject({ language: "en", form: "verbatim", confidence: "high", isTranslation: false });
    expect(clause?.texts[0]?.citations[0]?.source.url).toMatch(/^https:\/\/www\.blueline\.ca\//);
    const intelligence = a!.scope.find((s) => s.category.key === "intelligence-gathering");
    expect(intelligence?.readings.map((r) => [r.position, r.basis])).toEqual([
      ["silent", "text"],
      ["not-covered", "press"],
    ]);
    expect(a!.events.find((e) => e.kind === "agreed")?.date).toBe("2017-06-22");
    expect(a!.corrections.some((c) => c.claim.includes("cyber-based attack") && c.claimedBy.key === "seed-000")).toBe(true);
  });

  it("returns null for an unknown slug and resolves versions strictly", async () => {
    const v = await latest();
    expect(await getAgreementBySlug(v, "no-such-slug")).toBeNull();
    expect((await resolveVersion(undefined))?.id).toBe(v);
    expect(await resolveVersion("000000000000")).toBeNull();
    expect(await resolveVersion("<script>")).toBeNull();
    expect((await listAgreements(v)).map((a) => a.slug)).toHaveLength(6);
  });

  it("offers only filter values that occur in the catalogue", async () => {
    const options = await getFilterOptions(await latest());
    expect(options.parties.map((p) => p.code).sort()).toEqual(["CAN", "CHN", "G20", "GBR", "RUS", "USA"]);
    expect(options.years).toEqual([2013, 2015, 2017]);
    expect(options.provisions.map((p) => p.key)).toContain("ip-theft");
  });
});
