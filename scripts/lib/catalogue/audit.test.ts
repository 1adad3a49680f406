// The defects an independent audit of the catalogue against its sources found, pinned where a machine can see
// them, so that none comes back. The rest of the audit is the evidence check itself (./evidence.ts): every
// quoted text and claim stands in a stored passage, and no title, publisher or date is written but as seen.
// The documents are named by their permanent slugs: a finding is about one document, and adding others keeps it.
import { describe, expect, it } from "vitest";
import { catalogueDir } from "@/test/real-catalogue";
import { loadCatalogue } from "./load";

const catalogue = await loadCatalogue(catalogueDir());
const find = (slug: string) => {
  const a = catalogue.agreements.find((x) => x.slug === slug);
  if (!a) throw new Error(`${slug} is not in the catalogue`);
  return a;
};
const texts = (slug: string) => {
  const a = find(slug);
  return [...a.clauses, ...a.readouts.flatMap((r) => r.clauses)].flatMap((c) => c.texts);
};
const evidenceOf = (slug: string, key: string) => catalogue.evidence.get(find(slug).sources[key]?.evidence ?? "");

describe("the audit's findings stay fixed", () => {
  it("shows no publisher the sources do not show", () => {
    const publishers = [...catalogue.evidence.values()].map((e) => e.publisher);
    for (const composed of ["GantNews (AP)", "Independent Record", "University of Tokyo"]) {
      expect(publishers.some((p) => p?.includes(composed))).toBe(false);
    }
  });

  it("links no file at a commit older than the file (the Paris Call's EU/US joining page)", () => {
    const joining = evidenceOf("paris-call-2018", "site-joining");
    expect(joining?.url ?? "").not.toMatch(/ef7a3010.*usa-eu-joigned/);
  });

  it("no longer calls the 2015 commitment 'not a personal pledge', which Xi's own words contradict", () => {
    const corrections = find("us-china-2015")
      .corrections.map((c) => c.correction)
      .join("\n");
    expect(corrections).not.toMatch(/not a personal pledge/);
  });

  it("keeps confidence at or below the sources': one press report, UNCONFIRMED absences, a communiqué mostly unseen", () => {
    const obama = find("us-china-2015")
      .readouts.flatMap((r) => r.clauses.flatMap((c) => c.texts))
      .filter((t) => t.cite.some((c) => c.source === "cnn"));
    expect(obama.length).toBeGreaterThan(0);
    expect(obama.every((t) => t.confidence !== "high")).toBe(true);
    const reading = (slug: string, category: string) => find(slug).scope.filter((s) => s.category === category);
    expect(reading("russia-china-2015", "economic-espionage").map((s) => s.confidence)).toEqual(["unconfirmed"]);
    expect(reading("g20-antalya-2015", "intelligence-gathering").every((s) => s.confidence !== "high")).toBe(true);
    expect(reading("g20-antalya-2015", "economic-espionage").every((s) => s.confidence !== "high")).toBe(true);
  });

  it("states no legal character that no source gives (G7 Ise-Shima, G7 Lucca)", () => {
    expect(find("g7-ise-shima-2016").legalCharacter).toBeUndefined();
    expect(find("g7-lucca-2017").legalCharacter).toBeUndefined();
  });

  it("marks Xi Jinping's interpreted English as a translation, with who rendered it", () => {
    const spoken = find("us-china-2015").readouts.filter((r) => r.kind === "transcription" && r.party === "CHN");
    const english = spoken.flatMap((r) => r.clauses.flatMap((c) => c.texts)).filter((t) => t.language === "en");
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((t) => t.isTranslation && Boolean(t.translatedBy))).toBe(true);
  });

  it("credits each claim to the outlet whose words it is (SupChina's 'June 23')", () => {
    const june23 = find("canada-china-2017").corrections.find((c) => c.claim.includes("June 23"));
    expect(june23?.claimedBy).toBe("supchina");
  });

  it("says what was seen of the Canada–China text the right way round", () => {
    expect(find("canada-china-2017").summary).not.toMatch(/only the (communiqué's )?cyber paragraph was seen/i);
  });

  it("marks every cut copy with its cut, and shows readers no internal words", () => {
    const all = catalogue.agreements.flatMap((a) => texts(a.slug));
    expect(all.filter((t) => t.form === "truncated" && !/…/.test(t.text))).toEqual([]);
    const visible = JSON.stringify(catalogue.agreements.map((a) => ({ ...a, sources: null })));
    expect(visible).not.toMatch(/seed article|DOSSIER|§\s?\d/i);
  });
});
