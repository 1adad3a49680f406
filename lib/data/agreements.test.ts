// Reads the unit-test database that test/global-setup.ts migrated and filled with the real catalogue.
import { describe, expect, it } from "vitest";
import { getAgreementBySlug, getFilterOptions, listAgreements } from "./agreements";
import { getLatestVersion, resolveVersion } from "./versions";
import { searchClauses } from "../search/search";

async function latest() {
  const version = await getLatestVersion();
  if (!version) throw new Error("no dataset version in the unit-test database");
  return version.id;
}

describe("agreement reads", () => {
  it("lists the sixteen documents in date order as summaries", async () => {
    const agreements = await listAgreements(await latest());
    expect(agreements.map((a) => a.slug)).toEqual([
      "us-russia-2013",
      "russia-china-2015",
      "un-gge-2015",
      "us-china-2015",
      "uk-china-2015",
      "g20-antalya-2015",
      "us-australia-2016",
      "g7-ise-shima-2016",
      "nordic-baltic-us-2016",
      "aukmin-2017",
      "g7-lucca-2017",
      "canada-china-2017",
      "g7-charlevoix-2018",
      "aukmin-2018",
      "paris-call-2018",
      "asean-us-2018",
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
    // A readout's statements are not the agreement's own provisions: US–Australia's IP-theft line is Turnbull's speech.
    expect(agreements.find((a) => a.slug === "us-australia-2016")?.provisionKeys).not.toContain("ip-theft");
  });

  it("filters by party, year, form, scope, provision and text", async () => {
    const v = await latest();
    const slugs = async (f: Parameters<typeof listAgreements>[1]) => (await listAgreements(v, f)).map((a) => a.slug);
    expect(await slugs({ party: "CAN" })).toEqual(["g7-ise-shima-2016", "g7-lucca-2017", "canada-china-2017", "g7-charlevoix-2018"]);
    expect(await slugs({ party: "LTU" })).toEqual(["nordic-baltic-us-2016"]);
    expect(await slugs({ year: 2013 })).toEqual(["us-russia-2013"]);
    expect(await slugs({ form: "communique" })).toEqual(["g20-antalya-2015", "canada-china-2017", "g7-charlevoix-2018"]);
    expect(await slugs({ form: "call" })).toEqual(["paris-call-2018"]);
    expect(await slugs({ scope: "content-control" })).toEqual(["russia-china-2015"]);
    expect(await slugs({ provision: "hotline", party: "USA" })).toEqual(["us-russia-2013", "us-china-2015"]);
    expect(await slugs({ q: "Antalya" })).toEqual(["g20-antalya-2015", "nordic-baltic-us-2016"]);
    expect(await slugs({ q: "charlevoix" })).toEqual(["g7-charlevoix-2018"]);
    // Case is ignored the same way on both databases; the slug matches too; LIKE's wildcards are literal.
    expect(await slugs({ q: "CHARLEVOIX" })).toEqual(["g7-charlevoix-2018"]);
    expect(await slugs({ q: "g7-charlevoix" })).toEqual(["g7-charlevoix-2018"]);
    expect(await slugs({ q: "%" })).toEqual([]);
    expect(await slugs({ q: "_" })).toEqual([]);
    expect(await slugs({ q: "\\" })).toEqual([]);
  });

  it("finds in the catalogue's text box what the search finds: clause texts and synonyms (\"IP theft\")", async () => {
    const version = await latest();
    const found = await searchClauses(version, "IP theft", 1);
    const searched = new Set(found.hits.map((h) => h.agreement.slug));
    expect(found.total).toBeGreaterThan(5);
    const listed = (await listAgreements(version, { q: "IP theft" })).map((a) => a.slug);
    for (const slug of searched) expect(listed).toContain(slug);
    expect(listed).toContain("us-china-2015");
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
    // Coded judgements carry their basis and sources; a status nobody sourced is not assessed.
    // No source calls it a political commitment: not assessed, rather than a judgement nobody made.
    expect(a!.legalCharacter).toBeNull();
    expect(a!.judgements.legalCharacter).toBeNull();
    expect(a!.status).toBeNull();
    expect(a!.judgements.status).toBeNull();
    expect(a!.scope.flatMap((s) => s.readings).every((r) => r.confidence !== null)).toBe(true);
  });

  it("returns each party's readouts with their statements, apart from the agreement's own clauses", async () => {
    const a = await getAgreementBySlug(await latest(), "us-china-2015");
    expect(a!.readouts.map((r) => [r.key, r.party?.code])).toEqual([
      ["wh-fact-sheet", "USA"],
      ["obama-press-conference", "USA"],
      ["lynch-johnson", "USA"],
      ["cn-outcome-list", "CHN"],
      ["xi-lawfare", "CHN"],
      ["xi-afp", "CHN"],
      ["xi-seattle", "CHN"],
    ]);
    const afp = a!.readouts.find((r) => r.key === "xi-afp");
    expect(afp?.clauses[0]?.texts.map((t) => [t.language, t.isTranslation, t.translatedBy])).toEqual([
      ["en", true, "the interpreter, as rendered by AFP"],
      ["zh", true, "AFP (Chinese service)"],
    ]);
    expect(a!.clauses.some((c) => c.texts.some((t) => t.text.includes("online theft")))).toBe(false);
  });

  it("holds the dossier's corrections and assessments that were missing (seed 004 items 7 and 9, FireEye press readings)", async () => {
    const us = await getAgreementBySlug(await latest(), "us-china-2015");
    const claims = us!.corrections.map((c) => c.claim);
    expect(claims.some((c) => c.startsWith("The Chinese President has made a commitment") && c.includes("raising the stakes for China"))).toBe(true);
    expect(us!.corrections.find((c) => c.claim.includes("are not detailed in the available search results"))?.correction).toContain("Christopher Painter, Wang Qun");
    expect(us!.corrections.every((c) => !(c.claimedBy.publisher ?? "").startsWith("Seed"))).toBe(true);
    const press = us!.events.find((e) => e.title === "Press readings of the FireEye data");
    expect(press).toMatchObject({ kind: "assessment", date: "2016-06", confidence: "medium" });
  });

  it("shows an assessment of several agreements with each of them, recorded once", async () => {
    const v = await latest();
    const us = await getAgreementBySlug(v, "us-china-2015");
    const g20 = await getAgreementBySlug(v, "g20-antalya-2015");
    const recorded = us!.events.find((e) => e.title.startsWith("Pompeo and Nielsen"));
    expect(recorded?.alsoConcerns).toEqual([{ slug: "g20-antalya-2015", shortTitle: "G20 Antalya 2015" }]);
    expect(recorded?.sharedFrom).toBeNull();
    const shown = g20!.events.find((e) => e.title.startsWith("Pompeo and Nielsen"));
    expect(shown).toMatchObject({ kind: "assessment", date: "2018-12-20", sharedFrom: { slug: "us-china-2015", shortTitle: "US–China 2015" }, alsoConcerns: [] });
    expect(shown?.citations[0]?.source.url).toBe("http://www.sinoustimes.com/contents/9/27226.html");
  });

  it("returns null for an unknown slug and resolves versions strictly", async () => {
    const v = await latest();
    expect(await getAgreementBySlug(v, "no-such-slug")).toBeNull();
    expect((await resolveVersion(undefined))?.id).toBe(v);
    expect(await resolveVersion("000000000000")).toBeNull();
    expect(await resolveVersion("<script>")).toBeNull();
    expect((await listAgreements(v)).map((a) => a.slug)).toHaveLength(16);
  });

  it("offers only filter values that occur in the catalogue", async () => {
    const options = await getFilterOptions(await latest());
    expect(options.parties.map((p) => p.code)).toEqual(expect.arrayContaining(["CAN", "CHN", "G20", "GBR", "RUS", "USA", "ASEAN", "LTU", "PCALL"]));
    expect(options.parties).toHaveLength(23);
    expect(options.years).toEqual([2013, 2015, 2016, 2017, 2018]);
    expect(options.provisions.map((p) => p.key)).toContain("ip-theft");
  });
});
