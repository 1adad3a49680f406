// Citing, licensing, following and sharing: the "Cite this" box and its downloads, the licence on every
// page and export, the Atom feeds (read by a real feed parser), preview tags and images, and oEmbed's
// focused row, pinned/live code and width-aware height.
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";

const ORIGIN = "http://localhost:3100";
const FEATURED = "/compare/canada-china-2017/us-china-2015";
const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

async function currentVersion(request: import("@playwright/test").APIRequestContext): Promise<string> {
  return (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
}

test.describe("Cite this", () => {
  for (const [name, path, pinnedPath, title] of [
    ["comparison", `${FEATURED}?view=scope`, `${FEATURED}?view=scope&v=`, "Canada–China 2017 vs US–China 2015: scope compared"],
    ["agreement", "/agreements/us-china-2015", "/agreements/us-china-2015?v=", "US–China 2015: "],
  ] as const) {
    test(`a ${name} page cites its pinned URL, version and access date, with downloads`, async ({ page, request }) => {
      const v = await currentVersion(request);
      await page.goto(path);
      const box = page.getByTestId("cite-box");
      await expect(box.getByRole("heading", { name: "Cite this" })).toBeVisible();
      await expect(box).toContainText(title);
      await expect(box).toContainText(`${ORIGIN}${pinnedPath}${v}`);
      await expect(box).toContainText(`Version ${v}`);
      await expect(box.locator("time[data-accessed]")).toHaveText(localToday());

      const links = Object.fromEntries(
        await Promise.all(
          ["BibTeX", "RIS", "CSL-JSON"].map(
            async (label) => [label, await box.getByRole("link", { name: label }).getAttribute("href")] as const,
          ),
        ),
      );
      const bib = await request.get(links.BibTeX!);
      expect(bib.headers()["content-type"]).toContain("application/x-bibtex");
      expect(bib.headers()["content-disposition"]).toMatch(/attachment; filename="pactdiff-.+\.bib"/);
      // (Parsed with a BibTeX parser in lib/cite/cite.test.ts; that parser's CommonJS build does not load here.)
      const bibtex = await bib.text();
      expect(bibtex).toMatch(/^@misc\{/);
      expect(bibtex).toContain(`url = {${ORIGIN}${pinnedPath}${v}}`);
      expect(bibtex).toContain(`Dataset version ${v}`);
      const ris = await (await request.get(links.RIS!)).text();
      expect(ris).toContain(`UR  - ${ORIGIN}${pinnedPath}${v}`);
      expect(ris).toContain(`ET  - ${v}`);
      const csl = (await (await request.get(links["CSL-JSON"]!)).json()) as {
        URL: string;
        version: string;
        accessed: { "date-parts": number[][] };
      }[];
      expect(csl[0]).toMatchObject({ URL: `${ORIGIN}${pinnedPath}${v}`, version: v });
      expect(csl[0]?.accessed["date-parts"][0]).toHaveLength(3);
      // The access date changes daily: shared caches must not keep it.
      expect(bib.headers()["cache-control"]).toContain("private");
      expect(bib.headers()["x-pactdiff-cache"]).toBe("BYPASS");
    });
  }

  test("the embed's footer carries the citation and the licence", async ({ request }) => {
    const v = await currentVersion(request);
    const html = await (await request.get(`/embed${FEATURED}`)).text();
    expect(html).toContain(`Cite: Pactdiff (`);
    expect(html).toContain(`${ORIGIN}${FEATURED}?v=${v}`);
    expect(html).toMatch(/\(accessed <time datetime="\d{4}-\d{2}-\d{2}" data-accessed>\d{4}-\d{2}-\d{2}<\/time>\)/);
    expect(html).toContain(`href="${LICENCE_URL}" rel="license"`);
  });

  test("bad citation requests are answered 400/404 with a message", async ({ request }) => {
    for (const [query, status] of [
      ["", 400],
      ["page=https://evil.example/x", 400],
      ["page=/agreements/us-china-2015&format=docx", 400],
      ["page=/agreements/nope-2015", 404],
      ["page=/agreements/us-china-2015?v=000000000000", 404],
      ["page=/compare/us-china-2015/us-china-2015", 400],
      ["page=/changes", 404],
    ] as const) {
      const response = await request.get(`/api/v1/cite?${query}`);
      expect(response.status(), query).toBe(status);
      expect((await response.json()).error.message.length, query).toBeGreaterThan(10);
    }
  });
});

test("the licence is stated in every page footer and every export", async ({ page, request }) => {
  for (const path of ["/", "/agreements", "/agreements/us-china-2015", FEATURED, "/changes"]) {
    await page.goto(path);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "CC BY 4.0" }), path).toHaveAttribute("href", LICENCE_URL);
  }
  for (const path of [
    `/api/v1/compare${FEATURED.slice(8)}?format=csv`,
    `/api/v1/compare${FEATURED.slice(8)}`,
    "/api/v1/agreements",
    "/data/latest.zip",
    "/feeds/changes.atom",
  ]) {
    expect((await request.head(path)).headers()["link"], path).toBe(`<${LICENCE_URL}>; rel="license"`);
  }
  const json = await (await request.get(`/api/v1/compare${FEATURED.slice(8)}`)).json();
  expect(json.licence.url).toBe(LICENCE_URL);
  expect(json.cite_as).toContain("CC BY 4.0");
});

test.describe("feeds", () => {
  test("the changelog feed is valid Atom with the current version", async ({ request }) => {
    const v = await currentVersion(request);
    const response = await request.get("/feeds/changes.atom");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Pactdiff: what changed in the catalogue");
    expect(feed.items.some((i) => i.title?.includes(`Dataset version ${v}`))).toBe(true);
    expect(feed.items.every((i) => i.id && i.url && i.updated)).toBe(true);
  });

  test("a provision's feed lists every document with that provision", async ({ request }) => {
    const feed = parseFeed(await (await request.get("/feeds/provisions/ip-theft.atom")).text());
    expect(feed.meta.type).toBe("atom");
    const withProvision = (await (await request.get("/api/v1/agreements")).json()).agreements.filter((a: { provisionKeys?: string[] }) =>
      a.provisionKeys?.includes("ip-theft"),
    );
    expect(withProvision.length).toBeGreaterThan(2);
    expect(feed.items).toHaveLength(withProvision.length);
    expect(feed.items.map((i) => i.title).join("\n")).toContain("US–China 2015 has the provision");
    expect(feed.items.map((i) => i.content).join("\n")).toContain("knowingly support");
    expect((await request.get("/feeds/provisions/no-such-provision.atom")).status()).toBe(404);
    expect((await request.get("/feeds/provisions/%3Cscript%3E.atom")).status()).toBe(404);
  });

  test("pages announce their feeds with rel=alternate", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"][href="/feeds/changes.atom"]')).toHaveCount(1);
    await page.goto("/agreements/us-china-2015");
    await expect(page.locator('head link[rel="alternate"][href="/feeds/provisions/ip-theft.atom"]')).toHaveCount(1);
    await page.goto("/changes");
    await expect(page.getByRole("link", { name: "Atom feed" }).first()).toHaveAttribute("href", "/feeds/changes.atom");
  });
});

test.describe("previews", () => {
  for (const [path, image] of [
    ["/", "/og/site"],
    ["/agreements/us-china-2015", "/og/agreement/us-china-2015"],
  ] as const) {
    test(`${path} has Open Graph and Twitter tags with its own image`, async ({ page, request }) => {
      await page.goto(path);
      const og = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(og).toBe(`${ORIGIN}${image}`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Pactdiff/);
      const png = await request.get(og!);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
      const bytes = await png.body();
      expect(bytes.readUInt32BE(16)).toBe(1200);
      expect(bytes.readUInt32BE(20)).toBe(630);
    });
  }

  test("preview images honour v=", async ({ page, request }) => {
    const v = await currentVersion(request);
    await page.goto(`/agreements/us-china-2015?v=${v}`);
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toBe(`${ORIGIN}/og/agreement/us-china-2015?v=${v}`);
    await page.goto(`${FEATURED}?v=${v}`);
    expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toBe(`${ORIGIN}/og${FEATURED}?v=${v}`);
    for (const path of [`/og/agreement/us-china-2015?v=${v}`, `/og${FEATURED}?v=${v}`]) {
      const pinned = await request.get(path);
      expect(pinned.status(), path).toBe(200);
      expect(pinned.headers()["cache-control"], path).toContain("immutable");
    }
    for (const path of ["/og/agreement/us-china-2015?v=000000000000", `/og${FEATURED}?v=000000000000`, "/og/agreement/nope-2015"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("oEmbed", () => {
  test("keeps the focused row of the URL", async ({ request }) => {
    const body = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}#ip-theft`)}`)).json();
    expect(body.focused_row).toBe("ip-theft");
    expect(body.html).toContain("rows=ip-theft");
    const whole = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}`)}`)).json();
    expect(whole.focused_row).toBeNull();
    expect(body.height).toBeLessThan(whole.height);
    const unknown = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}#%E0%A4%A`)}`)).json();
    expect(unknown.focused_row).toBeNull();
  });

  test("the height it states fits the embed at the width asked", async ({ page, request }) => {
    const heights: Record<number, number> = {};
    for (const width of [343, 800]) {
      const body = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}`)}&maxwidth=${width}`)).json();
      expect(body.width).toBe(width);
      const src = /src="([^"]+)"/.exec(body.html)![1]!.replace(/&amp;/g, "&");
      await page.setViewportSize({ width, height: 800 });
      await page.goto(src);
      const actual = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      test.info().annotations.push({ type: `height at ${width}px`, description: `stated ${body.height}, measured ${actual}` });
      expect(body.height, `at ${width}px`).toBeGreaterThan(actual * 0.8);
      expect(body.height, `at ${width}px`).toBeLessThan(actual * 1.25);
      heights[width] = body.height;
    }
    expect(heights[343]).toBeGreaterThan(heights[800]! * 1.5);
  });
});
