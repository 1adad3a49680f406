// Reads the unit-test database that test/global-setup.ts migrated and filled with the real catalogue.
import { describe, expect, it } from "vitest";
import type { AgreementSummary as Summary } from "@/lib/domain/schema";
import { allHits, catalogueSlugs } from "@/test/real-catalogue";
import { getAgreementBySlug, getFilterOptions, listAgreements } from "./agreements";
import { getLatestVersion, resolveVersion } from "./versions";
import { searchClauses } from "../search/search";

async function latest() {
  const version = await getLatestVersion();
  if (!version) throw new Error("no dataset version in the unit-test database");
  return version.id;
}

/**
 * What the catalogue's text box must list for q, in catalogue order: the documents whose title, short title,
 * summary or slug hold the words (ignoring case, nothing a wildcard), and those whose texts the search finds.
 */
async function textBox(versionId: string, q: string): Promise<string[]> {
  const searched = new Set((await allHits(versionId, q)).map((h) => h.agreement.slug));
  const holds = (a: Summary) => [a.title, a.shortTitle, a.summary, a.slug].some((t) => t.toLowerCase().includes(q.toLowerCase()));
  return (await listAgreements(versionId)).filter((a) => searched.has(a.slug) || holds(a)).map((a) => a.slug);
}

describe("agreement reads", () => {
  it("lists every document of the catalogue in date order as summaries", async () => {
    const agreements = await listAgreements(await latest());
    expect(agreements.map((a) => a.slug).sort()).toEqual(catalogueSlugs());
    const dates = agreements.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
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

  it("filters by party, year, form, scope and provision", async () => {
    const v = await latest();
    const all = await listAgreements(v);
    const slugs = async (f: Parameters<typeof listAgreements>[1]) => (await listAgreements(v, f)).map((a) => a.slug);
    // Each filter lists, in catalogue order, exactly the documents that match it, these named ones among them.
    const expectFilter = async (f: Parameters<typeof listAgreements>[1], matches: (a: Summary) => boolean, named: string[]) => {
      const found = await slugs(f);
      expect(found, JSON.stringify(f)).toEqual(all.filter(matches).map((a) => a.slug));
      expect(found, JSON.stringify(f)).toEqual(expect.arrayContaining(named));
      expect(found.length, JSON.stringify(f)).toBeLessThan(all.length);
    };
    const party = (code: string) => (a: Summary) => a.parties.some((p) => p.code === code);
    await expectFilter({ party: "CAN" }, party("CAN"), ["g7-ise-shima-2016", "g7-lucca-2017", "canada-china-2017", "g7-charlevoix-2018"]);
    await expectFilter({ party: "LTU" }, party("LTU"), ["nordic-baltic-us-2016"]);
    await expectFilter({ year: 2013 }, (a) => a.year === 2013, ["us-russia-2013"]);
    await expectFilter({ form: "communique" }, (a) => a.form === "communique", ["g20-antalya-2015", "canada-china-2017", "g7-charlevoix-2018"]);
    await expectFilter({ form: "call" }, (a) => a.form === "call", ["paris-call-2018"]);
    await expectFilter({ scope: "content-control" }, (a) => a.coveredScope.includes("content-control"), ["russia-china-2015"]);
    const hotlineWithUsa = (a: Summary) => a.provisionKeys.includes("hotline") && party("USA")(a);
    await expectFilter({ provision: "hotline", party: "USA" }, hotlineWithUsa, ["us-russia-2013", "us-china-2015"]);
  });

  it("filters by text: the words in a title, summary or slug, or in a text the search finds", async () => {
    const v = await latest();
    const all = await listAgreements(v);
    const slugs = async (q: string) => (await listAgreements(v, { q })).map((a) => a.slug);
    for (const q of ["Antalya", "charlevoix", "CHARLEVOIX", "g7-charlevoix", "%", "_", "\\"]) {
      const found = await slugs(q);
      expect(found, q).toEqual(await textBox(v, q));
      expect(found.length, q).toBeLessThan(all.length);
    }
    // The Nordic–Baltic statement's texts quote the Antalya communiqué.
    expect(await slugs("Antalya")).toEqual(expect.arrayContaining(["g20-antalya-2015", "nordic-baltic-us-2016"]));
    expect(await slugs("charlevoix")).toContain("g7-charlevoix-2018");
    // Case is ignored the same way on both databases; the slug matches too; LIKE's wildcards are literal.
    expect(await slugs("CHARLEVOIX")).toEqual(await slugs("charlevoix"));
    expect(await slugs("g7-charlevoix")).toContain("g7-charlevoix-2018");
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
    const clause = a!.clauses.find((c) => c.provision?.key === "ip-theft");
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
    expect((await listAgreements(v)).map((a) => a.slug)).toHaveLength(catalogueSlugs().length);
  });

  it("offers only filter values that occur in the catalogue", async () => {
    const options = await getFilterOptions(await latest());
    const agreements = await listAgreements(await latest());
    const codes = options.parties.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["CAN", "CHN", "G20", "GBR", "RUS", "USA", "ASEAN", "LTU", "PCALL"]));
    expect(codes.sort()).toEqual([...new Set(agreements.flatMap((a) => a.parties.map((p) => p.code)))].sort());
    expect(options.years).toEqual(expect.arrayContaining([2013, 2015, 2016, 2017, 2018]));
    expect(options.years).toEqual([...new Set(agreements.map((a) => a.year))].sort());
    expect(options.provisions.map((p) => p.key)).toContain("ip-theft");
  });
});
