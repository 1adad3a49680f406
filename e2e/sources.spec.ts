// Readers see the evidence: every source the catalogue cites has a page of what was seen of it, its passages
// with the quoted words highlighted, and every text citing it; every page that cites a source links there.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

type Cited = { source: { evidence: { id: string; version: string; href: string } | null } };

/** Every evidence page the agreements' JSON links, across the catalogue. */
async function citedSources(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const list = (await (await request.get("/api/v1/agreements")).json()) as { agreements: { slug: string }[] };
  const hrefs = new Set<string>();
  for (const { slug } of list.agreements) {
    const json = JSON.stringify(await (await request.get(`/api/v1/agreements/${slug}`)).json());
    for (const m of json.matchAll(/"href":"(\/sources\/[^"]+)"/g)) hrefs.add(m[1]!);
  }
  return [...hrefs];
}

test("every cited source has its page, pinned to the version that cites it", async ({ request }) => {
  const hrefs = await citedSources(request);
  expect(hrefs.length).toBeGreaterThan(100);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test("a source page shows what was seen, its passages with the quoted words marked, and the texts citing it", async ({ page }) => {
  await page.goto("/sources/china-org-cn-outcome-list-item-48");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcome list of President Xi Jinping's state visit");
  await expect(page.getByText("date of the copy not recorded")).toBeVisible();
  const passage = page.locator("#passage-1 blockquote");
  await expect(passage).toHaveAttribute("lang", "en");
  await expect(passage.locator("mark").first()).toContainText("China and the United States agree that timely responses");
  // The item number is in the copy but not in any quotation: shown, not marked.
  expect(await passage.locator("mark").allTextContents()).not.toContain("48. ");
  await expect(page.getByRole("heading", { name: "Texts that quote it" })).toBeVisible();
  await expect(page.getByRole("link", { name: "US–China 2015" }).first()).toHaveAttribute("href", "/agreements/us-china-2015");
  await expectNoAxeViolations(page);
});

test("a source whose title was not seen says so, in the reader's words", async ({ page }) => {
  await page.goto("/sources/thedispatch-xis-broken-promises-on");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("thedispatch.com (title not seen)");
  await expect(page.locator("dl")).toContainText("Titlenot seen");
  await expectNoAxeViolations(page);
});

test("agreement, comparison, provision and readout pages and the embed link their sources' pages", async ({ request }) => {
  for (const path of [
    "/agreements/us-china-2015",
    "/compare/us-china-2015/canada-china-2017",
    "/compare/us-china-2015/canada-china-2017?view=scope",
    "/provisions/ip-theft",
    "/agreements/us-china-2015/readouts",
    "/embed/compare/us-china-2015/canada-china-2017",
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/href="(http:\/\/localhost:\d+)?\/sources\/[a-z0-9-]+\?v=[0-9a-f]{12}"/);
  }
});

test.describe("bad addresses get a clear 404, never the latest data in silence", () => {
  for (const [path, text] of [
    ["/sources/no-such-source", "Unknown source"],
    ["/sources/china-org-cn-outcome-list-item-4", "china-org-cn-outcome-list-item-48"],
    ["/sources/%3Cscript%3E", "Unknown source"],
    ["/sources/china-org-cn-outcome-list-item-48?v=zzz", "Unknown dataset version"],
    ["/sources/china-org-cn-outcome-list-item-48?v=000000000000", "Unknown dataset version"],
  ] as const) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).toContain(text);
      expect(body).not.toContain("<script>");
    });
  }
});

test("the page at 375 px keeps its passages readable, without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/sources/hzstrongdata-outcome-list-zh");
  await expect(page.locator("#passage-1 blockquote")).toHaveAttribute("lang", "zh");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the JSON gives each citation the address of its source's page", async ({ request }) => {
  const json = (await (await request.get("/api/v1/agreements/uk-china-2015")).json()) as {
    agreement: { clauses: { texts: { citations: Cited[] }[] }[] };
  };
  const cited = json.agreement.clauses.flatMap((c) => c.texts.flatMap((t) => t.citations));
  expect(cited.length).toBeGreaterThan(0);
  expect(cited.every((c) => c.source.evidence?.href.startsWith(`/sources/${c.source.evidence.id}?v=`))).toBe(true);
});
