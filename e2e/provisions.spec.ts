// Provision pages: one provision across the whole catalogue, with word diffs against a reference or the
// wording before it, the lineage chart, the similarity matrix, filters in the URL, and the siblings a
// comparison has (CSV, JSON, embed, oEmbed, preview image, pinned version).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expressing } from "./catalogue-list";
import { startHostPage } from "./host-page";

const PAGE = "/provisions/ip-theft";
const ORIGIN = "http://localhost:3100";
// Some of the agreements with the IP-theft pledge, in date order; the page lists these and any others the catalogue has.
const IN_DATE_ORDER = [
  "US–China 2015",
  "UK–China 2015",
  "G20 Antalya 2015",
  "G7 Ise-Shima 2016",
  "Nordic-Baltic + US 2016",
  "Canada–China 2017",
  "Paris Call 2018",
];

const wording = (page: import("@playwright/test").Page, slug: string) => page.locator(`#w-${slug}`);

test("every agreement with the IP-theft pledge, in date order, diffed against the earliest", async ({ page, request }) => {
  const { agreements, span } = await expressing(request, "ip-theft");
  const titles = agreements.map((a) => a.shortTitle);
  expect(titles.filter((t) => IN_DATE_ORDER.includes(t))).toEqual(IN_DATE_ORDER);
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No cyber-enabled IP theft for commercial advantage");
  await expect(page.getByRole("status").first()).toContainText(`${agreements.length} agreements word it, from ${span}`);
  const list = page.getByRole("region", { name: "Every wording, in date order" }).locator("ol > li h3");
  await expect(list).toHaveText(titles);
  // The reference is the earliest; UK–China drops "knowingly" and the longer "companies or commercial sectors".
  await expect(wording(page, "us-china-2015")).toContainText("Reference");
  const uk = wording(page, "uk-china-2015");
  await expect(uk).toContainText("71% similar to US–China 2015");
  await expect(uk.locator("del").filter({ hasText: /^\[deleted: knowingly\s*\]$/ })).toHaveCount(1);
  await expect(uk.locator("del").filter({ hasText: "companies or commercial sectors" })).toHaveCount(1);
  // Canada–China keeps "knowingly": only the subject and "will" → "would" change.
  const canada = wording(page, "canada-china-2017");
  await expect(canada.locator("del, ins").filter({ hasText: "knowingly" })).toHaveCount(0);
  await expect(canada.locator("ins").filter({ hasText: "would" })).toHaveCount(1);
  // Each wording names its closest earlier wording and what changed from it.
  await expect(wording(page, "g7-ise-shima-2016")).toContainText("Closest earlier wording: G20 Antalya 2015");
  await expect(wording(page, "g7-ise-shima-2016")).toContainText("added “knowingly”");
  // Provenance marks as everywhere: the truncated Chinese copy, sources.
  await expect(wording(page, "us-china-2015")).toContainText("Chinese original");
  await expect(page.getByRole("link", { name: "what the figure means" }).first()).toHaveAttribute("href", "/methodology#similarity");
});

test("a shorter wording as the reference shows the longer ones adding 'companies or commercial sectors'", async ({ page }) => {
  await page.goto(`${PAGE}?ref=uk-china-2015`);
  await expect(page.getByRole("combobox", { name: "Reference" })).toHaveValue("uk-china-2015");
  await expect(wording(page, "uk-china-2015")).toContainText("Reference");
  const us = wording(page, "us-china-2015");
  await expect(us).toContainText("similar to UK–China 2015");
  await expect(us.locator("ins").filter({ hasText: "companies or commercial sectors" })).toHaveCount(1);
  await expect(us.locator("ins").filter({ hasText: /knowingly/ })).toHaveCount(1);
});

test("against the wording before it, each step is diffed with its predecessor", async ({ page }) => {
  await page.goto(`${PAGE}?against=previous`);
  await expect(wording(page, "g20-antalya-2015")).toContainText("similar to UK–China 2015");
  await expect(wording(page, "canada-china-2017")).toContainText("similar to Nordic-Baltic + US 2016");
  await expect(wording(page, "us-china-2015")).not.toContainText("similar to");
});

test("the lineage chart and its table, and the similarity matrix", async ({ page, request }) => {
  const { agreements } = await expressing(request, "ip-theft");
  const column = (title: string) => agreements.findIndex((a) => a.shortTitle === title);
  await page.goto(PAGE);
  await expect(
    page.getByRole("img", { name: /How the wording of “No cyber-enabled IP theft for commercial advantage” travelled/ }),
  ).toBeVisible();
  const arcs = page.locator("figure svg path");
  await expect(arcs).toHaveCount(agreements.length - 1); // every wording but the first has an earlier model
  const lineage = page.getByRole("table", { name: /The lineage as a table/ });
  await expect(lineage.getByRole("row", { name: /UK–China 2015/ })).toContainText("US–China 2015 · 71% similar");
  await expect(lineage.getByRole("row", { name: /UK–China 2015/ })).toContainText("dropped “United States”");
  const matrix = page.getByRole("table", { name: /Similarity of each pair/ });
  await expect(matrix.getByRole("row")).toHaveCount(agreements.length + 1);
  const [usRow, ukRow] = [matrix.locator("tbody tr").nth(column("US–China 2015")), matrix.locator("tbody tr").nth(column("UK–China 2015"))];
  await expect(usRow.getByRole("rowheader")).toHaveText("US–China 2015");
  await expect(ukRow.getByRole("rowheader")).toHaveText("UK–China 2015");
  await expect(ukRow.locator("td").nth(column("US–China 2015"))).toHaveText("71%");
  await expect(ukRow.locator("td").nth(column("UK–China 2015"))).toHaveText("100%");
  // Symmetric: US–China against UK–China is the same figure.
  await expect(usRow.locator("td").nth(column("UK–China 2015"))).toHaveText("71%");
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`filters ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test("party, year and form are in the URL and narrow the list", async ({ page, request }) => {
      const { agreements } = await expressing(request, "ip-theft");
      const british = agreements.filter((a) => a.parties.some((p) => p.code === "GBR")).map((a) => a.shortTitle);
      expect(british).toEqual(expect.arrayContaining(["UK–China 2015", "G7 Ise-Shima 2016"]));
      await page.goto(PAGE);
      await page.getByRole("combobox", { name: "Party" }).selectOption("GBR");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page).toHaveURL(/\/provisions\/ip-theft\?.*party=GBR/);
      const list = page.getByRole("region", { name: "Every wording, in date order" }).locator("ol > li h3");
      await expect(list).toHaveText(british);
      await expect(page.getByRole("status").first()).toContainText(`${british.length} match the filters`);
      await page.goto(`${PAGE}?year=2016&form=nonsense&party=ZZZ`);
      const of2016 = agreements.filter((a) => a.year === 2016).map((a) => a.shortTitle);
      expect(of2016).toEqual(expect.arrayContaining(["G7 Ise-Shima 2016", "Nordic-Baltic + US 2016"]));
      await expect(list).toHaveText(of2016);
    });
  });
}

test("CSV and JSON carry every wording with its provenance and the attribution", async ({ request }) => {
  const { agreements } = await expressing(request, "ip-theft");
  const csvResponse = await request.get(`/api/v1${PAGE}?format=csv`);
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()["content-disposition"]).toMatch(/attachment; filename="pactdiff-provision-ip-theft-[0-9a-f]{12}\.csv"/);
  const csv = await csvResponse.text();
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(agreements.length + 1);
  expect(lines[0]).toContain("provision_key,provision,agreement_slug");
  const uk = lines.find((l) => l.includes(",uk-china-2015,"));
  expect(uk).toContain("knowingly");
  expect(uk).toContain("Pactdiff, dataset version");
  const json = await (await request.get(`/api/v1${PAGE}`)).json();
  type Wording = { agreement: { shortTitle: string }; closest_earlier: { slug: string }; compared_texts: { provenance: string }[] };
  const wordings = json.wordings as Wording[];
  expect(wordings.map((w) => w.agreement.shortTitle)).toEqual(agreements.map((a) => a.shortTitle));
  const ukWording = wordings.find((w) => w.agreement.shortTitle === "UK–China 2015");
  expect(ukWording?.closest_earlier.slug).toBe("us-china-2015");
  expect(ukWording?.compared_texts[0]?.provenance).toContain("English");
  expect(json.matrix.cells).toHaveLength(agreements.length);
  expect((await request.get("/api/v1/provisions/no-such-provision")).status()).toBe(404);
  expect((await request.get(`/api/v1${PAGE}?v=000000000000`)).status()).toBe(404);
});

test("a pinned version stays pinned; unknown keys and versions get a clear 404", async ({ page, request }) => {
  const json = await (await request.get(`/api/v1${PAGE}`)).json();
  const v = json.dataset_version as string;
  const pinned = await page.goto(`${PAGE}?v=${v}`);
  expect(pinned?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Link pinned to this version" })).toHaveAttribute("href", `${PAGE}?v=${v}`);
  const unknown = await page.goto("/provisions/ip-thief");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /No cyber-enabled IP theft for commercial advantage \(ip-theft\)/ })).toBeVisible();
  expect((await page.goto(`${PAGE}?v=0123456789ab`))?.status()).toBe(404);
  // A malformed pin is not dropped for the latest data: the same 404.
  const malformed = await request.get(`${PAGE}?v=junk`, { maxRedirects: 0 });
  expect(malformed.status()).toBe(404);
});

test("the preview image, the embed and oEmbed", async ({ page, request }) => {
  const { agreements } = await expressing(request, "ip-theft");
  await page.goto(PAGE);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/og\/provisions\/ip-theft$/);
  const png = await request.get(new URL(image ?? "", ORIGIN).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const oembedHref = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
  const oembed = await (await request.get(oembedHref ?? "")).json();
  expect(oembed.type).toBe("rich");
  expect(oembed.title).toBe("No cyber-enabled IP theft for commercial advantage · Pactdiff");
  expect(oembed.html).toMatch(new RegExp(`src="${ORIGIN}/embed/provisions/ip-theft\\?v=[0-9a-f]{12}"`));
  const host = await startHostPage(() => oembed.html);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe[data-pactdiff-embed]");
    await expect(frame.locator("caption")).toContainText(`${agreements.length} wordings in date order`);
    await expect(frame.getByRole("rowheader", { name: /UK–China 2015/ })).toContainText("71% similar to US–China 2015");
    await expect(frame.locator("del").filter({ hasText: "knowingly" }).first()).toBeAttached();
  } finally {
    await host.close();
  }
  expect((await request.get("/embed/provisions/ip-thief")).status()).toBe(404);
});

test("a reader can cite the provision page, pinned", async ({ page }) => {
  await page.goto(PAGE);
  await expect(
    page.getByText(/No cyber-enabled IP theft for commercial advantage: every wording compared \(Version [0-9a-f]{12}\)/),
  ).toBeVisible();
});

test("the provisions index lists provisions with their counts", async ({ page, request }) => {
  const { agreements, span } = await expressing(request, "ip-theft");
  await page.goto("/provisions");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "No cyber-enabled IP theft for commercial advantage" }) });
  await expect(card).toContainText(`${agreements.length} agreements, ${span}`);
  await card.getByRole("link").click();
  await expect(page).toHaveURL(PAGE);
});

for (const path of [PAGE, `${PAGE}?against=previous`, "/provisions", "/methodology"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("at 375 px the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(PAGE);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("loading a page asks for no other page's payload: links and forms do not prefetch", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers().rsc !== undefined || /[?&]_rsc=/.test(r.url())) prefetched.push(r.url());
  });
  for (const path of [PAGE, "/", "/agreements/us-china-2015", "/compare/us-china-2015/canada-china-2017", "/search?q=IP+theft"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    // Links scrolled into view would prefetch too: the whole page is brought into view once.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
  }
  expect(prefetched).toEqual([]);
});
