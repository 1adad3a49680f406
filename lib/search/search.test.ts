// Full-text search on the unit-test database (SQLite FTS5, or PostgreSQL when PACTDIFF_TEST_POSTGRES_URL
// is set) filled with the real catalogue by test/global-setup.ts.
import { describe, expect, it, vi } from "vitest";
import { db } from "../data/db";
import { backfillSearchText } from "@/scripts/lib/catalogue/import";
import { getLatestVersion } from "../data/versions";
import { getAgreementBySlug } from "../data/agreements";
import { allHits } from "@/test/real-catalogue";
import { searchClauses } from "./search";

async function latest() {
  const version = await getLatestVersion();
  if (!version) throw new Error("no dataset version in the unit-test database");
  return version.id;
}

const hits = async (q: string) => (await allHits(await latest(), q)).map((h) => `${h.agreement.slug} ${h.clauseLabel}`);

describe("full-text search", () => {
  it.each([
    ["IP theft", "us-china-2015 Bullet on intellectual-property theft"],
    ["hacking", "uk-china-2015"],
    ["economic espionage", "canada-china-2017"],
    ["knowingly", "nordic-baltic-us-2016"],
    ["高级专家小组", "us-china-2015"],
    ["propriété intellectuelle", "paris-call-2018"],
    ["thefts", "us-china-2015"], // stemming: the plural finds "theft"
  ])("%s finds %s", async (q, expected) => {
    expect((await hits(q)).some((h) => h.startsWith(expected))).toBe(true);
  });

  it("ranks, and says why: the named provision and category, highlighted words", async () => {
    const result = await searchClauses(await latest(), "IP theft", 1);
    expect(result.plan.named.map((n) => `${n.kind}:${n.key}`)).toEqual(["provision:ip-theft", "scope:economic-espionage"]);
    expect(result.total).toBeGreaterThanOrEqual(7);
    expect(result.hits.every((h) => h.excerpt.some((p) => p.hit))).toBe(true);
    // One hit per clause: the Chinese and English texts of the IP-theft bullet are one result.
    const keys = result.hits.map((h) => `${h.agreement.slug}|${h.clauseLabel}|${h.readout?.key ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("shows a clause in the language searched", async () => {
    const [first] = (await searchClauses(await latest(), "高级专家小组", 1)).hits;
    expect(first?.text.language).toBe("zh");
  });

  it("knowingly is not found in the UK–China text, which dropped it", async () => {
    expect((await hits("knowingly")).some((h) => h.startsWith("uk-china-2015"))).toBe(false);
  });

  it("pages through one ranking: the index is asked once per query, each page is the next slice", async () => {
    const version = await latest();
    const query = vi.spyOn(db, "$queryRawUnsafe");
    // The ranking queries are the ones that ask the full-text index (FTS5 MATCH, PostgreSQL @@).
    const rankings = () => query.mock.calls.filter(([sql]) => /\bMATCH\b|@@/.test(String(sql))).length;
    try {
      const first = await searchClauses(version, "states", 1);
      expect(first.pages).toBeGreaterThan(1);
      expect(rankings()).toBe(1);
      const second = await searchClauses(version, "  States ", 2);
      expect(rankings()).toBe(1);
      expect(second.total).toBe(first.total);
      const key = (h: (typeof first.hits)[number]) => `${h.agreement.slug}|${h.clauseLabel}|${h.readout?.key ?? ""}`;
      const shown = [...first.hits.map(key), ...second.hits.map(key)];
      expect(new Set(shown).size).toBe(shown.length);
      expect(second.hits.length).toBe(Math.min(20, first.total - 20));
    } finally {
      query.mockRestore();
    }
  });

  it("a hit carries the same wording, provenance marks and citations as the agreement page shows", async () => {
    const version = await latest();
    const shown = [
      ...(await searchClauses(version, "IP theft", 1)).hits,
      ...(await searchClauses(version, "IP theft", 2)).hits,
      ...(await searchClauses(version, "高级专家小组", 1)).hits,
      ...(await searchClauses(version, "propriété intellectuelle", 1)).hits,
      ...(await searchClauses(version, "cyberattacks", 1)).hits,
      ...(await searchClauses(version, "智慧财产权", 1)).hits,
    ];
    expect(shown.some((h) => h.readout !== null)).toBe(true);
    expect(shown.some((h) => h.text.isTranslation && h.text.translatedBy)).toBe(true);
    expect(shown.some((h) => h.text.form !== "verbatim")).toBe(true);
    for (const hit of shown) {
      const agreement = await getAgreementBySlug(version, hit.agreement.slug);
      expect(agreement, hit.agreement.slug).not.toBeNull();
      const clauses = hit.readout
        ? (agreement?.readouts.find((r) => r.key === hit.readout?.key)?.clauses ?? [])
        : (agreement?.clauses ?? []);
      const clause = clauses.find((c) => c.label === hit.clauseLabel);
      expect(clause?.provision).toEqual(hit.provision);
      const text = clause?.texts.find((t) => t.language === hit.text.language && t.text === hit.text.text);
      expect(text, `${hit.agreement.slug} ${hit.clauseLabel} (${hit.text.language})`).toBeDefined();
      expect({ ...hit.text, note: text?.note }).toEqual(text);
      expect(hit.agreement).toMatchObject({
        shortTitle: agreement?.shortTitle,
        date: agreement?.date,
        datePrecision: agreement?.datePrecision,
      });
      // The anchor the agreement page gives the clause: a treaty unit's own (#art-10), else its place.
      if (!hit.readout)
        expect(hit.href).toBe(`/agreements/${hit.agreement.slug}#${clause?.anchor ?? `clause-${clauses.indexOf(clause!) + 1}`}`);
    }
  });

  it("hostile input is only words", async () => {
    for (const q of ['"', "NEAR(a b)", "a OR", "*", "'; DROP TABLE x; --", "((( ip", "-theft"]) {
      await expect(searchClauses(await latest(), q, 1)).resolves.toHaveProperty("hits");
    }
  });

  it("a text imported before the index existed is made searchable by the backfill", async () => {
    const text = await db.clauseText.findFirstOrThrow({
      where: { text: { contains: "knowingly" } },
      select: { pk: true, searchText: true },
    });
    await db.clauseText.update({ where: { pk: text.pk }, data: { searchText: "" } });
    try {
      expect(await backfillSearchText(db)).toBe(1);
      const after = await db.clauseText.findUniqueOrThrow({ where: { pk: text.pk }, select: { searchText: true } });
      expect(after.searchText).toBe(text.searchText);
    } finally {
      await db.clauseText.update({ where: { pk: text.pk }, data: { searchText: text.searchText } });
    }
  });
});
