// Discovery, as crawlers, reference managers and link previews meet the site: robots.txt and sitemap.xml, the
// canonical address of a page pinned to the current version, the citation_* and Dublin Core tags read off the
// served page and checked against the citation the page offers, JSON-LD, a provision's own feed, preview images,
// touch targets on /changes at 375 px, and no aria-label on an element that has no role to carry it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { listedAgreements } from "./catalogue-list";

const ORIGIN = "http://localhost:3100";
const SOURCE = "china-org-cn-outcome-list-item-48";

async function currentVersion(request: APIRequestContext): Promise<string> {
  const body = (await (await request.get("/api/v1/agreements")).json()) as { dataset_version: string };
  return body.dataset_version;
}

async function sitemapLocs(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  return [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

/** Every meta name=… of the page with its values, in document order, as a reference manager collects them. */
async function metaTags(page: Page): Promise<Record<string, string[]>> {
  const tags: Record<string, string[]> = {};
  for (const meta of await page.locator("meta[name]").all()) {
    const name = (await meta.getAttribute("name")) ?? "";
    (tags[name] ??= []).push((await meta.getAttribute("content")) ?? "");
  }
  return tags;
}

test("the sitemap lists every agreement of the catalogue, with provisions and sources, at the site's address", async ({ request }) => {
  const locs = await sitemapLocs(request);
  for (const { slug } of await listedAgreements(request)) expect(locs).toContain(`${ORIGIN}/agreements/${slug}`);
  expect(locs).toContain(`${ORIGIN}/provisions/ip-theft`);
  expect(locs).toContain(`${ORIGIN}/sources/${SOURCE}`);
  expect(locs.every((loc) => loc.startsWith(`${ORIGIN}/`))).toBe(true);
  expect(new Set(locs).size).toBe(locs.length);
  for (const loc of [`${ORIGIN}/agreements/us-china-2015`, `${ORIGIN}/provisions/ip-theft`, `${ORIGIN}/sources/${SOURCE}`]) {
    expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200);
  }
});

test("robots.txt names the sitemap and lets crawlers in", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(lines).toContain("Allow: /");
  expect(lines).not.toContain("Disallow: /");
  expect((await request.get("/sitemap.xml")).status()).toBe(200);
});

test.describe("as the served HTML says it, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a page pinned to the current version is canonical to its unpinned address", async ({ page, request }) => {
    const v = await currentVersion(request);
    for (const path of [
      "/agreements/us-china-2015",
      "/provisions/ip-theft",
      "/compare/us-china-2015/canada-china-2017",
      `/sources/${SOURCE}`,
    ]) {
      await page.goto(`${path}?v=${v}`);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", `${ORIGIN}${path}`);
    }
  });

  test("reference managers read citation_* and Dublin Core tags that match the page's own citation", async ({ page, request }) => {
    const pages = ["/agreements/us-china-2015", "/compare/us-china-2015/canada-china-2017", "/provisions/ip-theft", `/sources/${SOURCE}`];
    for (const path of pages) {
      await page.goto(path);
      const tags = await metaTags(page);
      const url = tags.citation_public_url?.[0] ?? "";
      expect(url, path).toMatch(new RegExp(`^${ORIGIN}${path.replace(/\//g, "\\/")}\\?(.*&)?v=[0-9a-f]{12}$`));
      const cited = await request.get(`/api/v1/cite?page=${encodeURIComponent(url.slice(ORIGIN.length))}&format=csl-json`);
      expect(cited.status(), path).toBe(200);
      const [item] = (await cited.json()) as { title: string; URL: string; issued: { "date-parts": number[][] } }[];
      const day = item!.issued["date-parts"][0]!.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0")));
      expect(tags, path).toMatchObject({
        citation_title: [item!.title],
        citation_author: ["Pactdiff"],
        citation_publisher: ["Pactdiff"],
        citation_publication_date: [day.join("/")],
        citation_public_url: [item!.URL],
        "DC.title": [item!.title],
        "DC.identifier": [item!.URL],
        "DC.date": [day.join("-")],
        "DC.publisher": ["Pactdiff"],
      });
      expect(tags["DC.rights"]?.[0], path).toContain("creativecommons.org/licenses/by/4.0");
    }
  });

  test("JSON-LD: the catalogue is a Dataset with its downloads, an agreement is Legislation", async ({ page, request }) => {
    const v = await currentVersion(request);
    const read = async (path: string) => {
      await page.goto(path);
      const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(texts, path).toHaveLength(1);
      return JSON.parse(texts[0]!) as Record<string, unknown>;
    };
    const dataset = await read("/data");
    expect(dataset).toMatchObject({ "@type": "Dataset", version: v, license: "https://creativecommons.org/licenses/by/4.0/" });
    const downloads = (dataset.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => d.contentUrl);
    expect(downloads).toContain(`${ORIGIN}/data/${v}.zip`);
    expect(downloads).toContain(`${ORIGIN}/data/latest.zip`);
    const csv = (dataset.distribution as { contentUrl: string; encodingFormat: string }[]).find((d) => d.encodingFormat === "text/csv");
    expect((await request.get(new URL(csv!.contentUrl).pathname)).status()).toBe(200);
    expect(await read("/agreements/us-china-2015")).toMatchObject({
      "@type": "Legislation",
      alternateName: "US–China 2015",
      url: `${ORIGIN}/agreements/us-china-2015`,
    });
  });

  test("a provision page links its own Atom feed", async ({ page }) => {
    await page.goto("/provisions/ip-theft");
    const feed = page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/feeds/provisions/ip-theft.atom"]');
    await expect(feed).toHaveCount(1);
  });

  test("readouts, search, catalogue, changes and data pages have a preview image", async ({ page, request }) => {
    for (const path of ["/agreements/us-china-2015/readouts", "/search?q=hotline", "/agreements", "/changes", "/data"]) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(image, path).toMatch(new RegExp(`^${ORIGIN}/og/`));
      const response = await request.get(new URL(image!).pathname + new URL(image!).search);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe("image/png");
      await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute("content", "summary_large_image");
    }
  });

  test("no aria-label sits on an element without a role to carry it", async ({ page }) => {
    const pages = ["/changes", "/search?q=hotline", "/provisions/ip-theft", "/compare/us-china-2015/canada-china-2017?view=dates"];
    for (const path of pages) {
      await page.goto(path);
      const bare = page.locator(":is(div, span, p, section, blockquote)[aria-label]:not([role])");
      await expect(bare, path).toHaveCount(0);
    }
  });
});

test("at 375 px every link and button on /changes is a touch target of 24 px or well spaced", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/changes");
  const results = await new AxeBuilder({ page }).include("main").withRules(["target-size"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
