// robots.txt and sitemap.xml, read from the unit-test database that test/global-setup.ts filled with the real
// catalogue, and written out by Next.js's own serialiser (what /robots.txt and /sitemap.xml answer).
import { resolveRouteData } from "next/dist/build/webpack/loaders/metadata/resolve-route-data";
import { describe, expect, it } from "vitest";
import { currentVersion } from "@/test/current-version";
import { catalogueSlugs } from "@/test/real-catalogue";
import { db } from "../data/db";
import { listExpressedProvisions } from "../data/provisions";
import { listEvidence } from "../data/sources";
import { robotsFile, SITE_PAGES, sitemapEntries } from "./discovery";

const SITE = "https://pactdiff.example";

describe("the sitemap", () => {
  it("lists every agreement, readouts page, provision and source of the current version, and nothing else", async () => {
    const version = await currentVersion();
    const urls = (await sitemapEntries(SITE)).map((e) => e.url);
    const withReadouts = await db.agreement.findMany({
      where: { versionId: version.id, readouts: { some: {} } },
      select: { slug: true },
    });
    const provisions = await listExpressedProvisions(version.id);
    const sources = await listEvidence(version.id);
    const expected = [
      ...SITE_PAGES.map((path) => `${SITE}${path}`),
      ...catalogueSlugs().map((slug) => `${SITE}/agreements/${slug}`),
      ...withReadouts.map((a) => `${SITE}/agreements/${a.slug}/readouts`),
      ...provisions.map((p) => `${SITE}/provisions/${p.key}`),
      ...sources.map((s) => `${SITE}/sources/${s.key}`),
    ];
    expect([...urls].sort()).toEqual([...expected].sort());
    expect(withReadouts.length).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(0);
    expect(urls).toContain(`${SITE}/agreements/us-china-2015`);
    expect(urls).toContain(`${SITE}/provisions/ip-theft`);
  });

  it("dates every page by when the current version became current, and pins none", async () => {
    const version = await currentVersion();
    const entries = await sitemapEntries(SITE);
    expect(new Set(entries.map((e) => e.lastModified))).toEqual(new Set([version.activatedAt]));
    expect(entries.filter((e) => e.url.includes("?"))).toEqual([]);
  });

  it("is written as a sitemaps.org urlset with one <loc> per page", async () => {
    const entries = await sitemapEntries(SITE);
    const xml = resolveRouteData(entries, "sitemap");
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(entries.map((e) => e.url));
    expect(xml.match(/<lastmod>/g)).toHaveLength(entries.length);
  });
});

describe("robots.txt", () => {
  it("lets every crawler in, keeps search results and internal addresses out, and names the sitemap", () => {
    const text = resolveRouteData(robotsFile(SITE), "robots");
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("User-Agent: *");
    expect(lines).toContain("Allow: /");
    for (const path of ["/search", "/api/v1/cite", "/compare-view/", "/agreement-version/"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    // Pinned pages stay crawlable: their canonical link says which address to keep.
    expect(text).not.toMatch(/Disallow: .*v=/);
  });
});
