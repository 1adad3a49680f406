// Whole treaties: the Budapest Convention's 48 articles with a table of contents and anchors, the article map of
// Budapest and Malabo (Art. 7 ↔ Art. 29(2)(b), diffed), the reuse page, and Arabic texts set right to left.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const SLUGS = [
  "budapest-convention-2001",
  "malabo-convention-2014",
  "arab-convention-2010",
  "un-cybercrime-convention-2024",
  "sco-yekaterinburg-2009",
];

test("every convention answers 200, and its reuse page too", async ({ request }) => {
  for (const slug of SLUGS) {
    expect((await request.get(`/agreements/${slug}`)).status(), slug).toBe(200);
    expect((await request.get(`/agreements/${slug}/reuse`)).status(), `${slug}/reuse`).toBe(200);
  }
  const unknown = await request.get("/agreements/budapest-convention-2002/reuse");
  expect(unknown.status()).toBe(404);
});

test("Budapest shows its 48 articles at #art-N anchors, under their chapters, with a table of contents", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/agreements/budapest-convention-2001");
  const articles = page.locator('section[aria-labelledby="clauses"] li[id^="art-"]');
  await expect(articles).toHaveCount(48);
  for (const n of [1, 7, 29, 48]) await expect(page.locator(`li#art-${n}`)).toHaveCount(1);
  await expect(page.locator("li#art-7").getByRole("heading", { name: "Art. 7 — Computer-related forgery" })).toBeVisible();
  await expect(page.locator("li#preamble")).toContainText("The member States of the Council of Europe");
  await expect(page.getByRole("heading", { name: /^CHAPTER II — / })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" }).last();
  await expect(contents.locator('a[href="#art-7"]')).toContainText("Computer-related forgery");
  await contents.locator('a[href="#art-29"]').click();
  await expect(page).toHaveURL(/#art-29$/);
  await expect(page.locator("li#art-29")).toBeInViewport();
  await expect(page.getByText("Whole text.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("on a phone the contents open from a bar at the top and take the reader to an article", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/agreements/budapest-convention-2001");
  const bar = page.locator("details:has(> summary:has-text('Contents'))");
  await bar.locator("summary").click();
  await bar.locator('a[href="#art-22"]').click();
  await expect(page.locator("li#art-22")).toBeInViewport();
  await page.mouse.wheel(0, 3000);
  await expect(bar.locator("summary")).toBeInViewport();
});

test("Budapest and Malabo open with the article map, Art. 7 and Art. 29(2)(b) paired and diffed", async ({ page }) => {
  await page.goto("/compare/budapest-convention-2001/malabo-convention-2014");
  await expect(page.getByRole("heading", { name: "Article map: Budapest Convention 2001 and AU Malabo Convention 2014" })).toBeVisible();
  const row = page.locator("table tr").filter({ has: page.locator('a[href$="#art-7"]') });
  await expect(row.locator('a[href$="#art-29-2-b"]')).toHaveCount(1);
  await expect(row).toContainText(/\d+%/);
  const pair = page.locator("li#pair-art-7-art-29-2-b");
  await expect(pair).toContainText("Confirmed by Pactdiff curators");
  await expect(pair).toContainText(/\d+% similar to/);
  await expect(pair.locator("del, ins").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the reuse page links Malabo Art. 29(2)(b) to Budapest #art-7 with its share", async ({ page }) => {
  await page.goto("/agreements/malabo-convention-2014/reuse");
  const item = page.locator("li#art-29-2-b");
  const link = item.locator('a[href="/agreements/budapest-convention-2001#art-7"]');
  await expect(link).toBeVisible();
  await expect(item).toContainText(/Reuses Budapest Convention 2001 Art\. 7/);
  await expect(item).toContainText(/\d+% of this wording/);
  // The agreement page says the same under the article.
  await page.goto("/agreements/malabo-convention-2014#art-29-2-b");
  await expect(page.locator("li#art-29-2-b")).toContainText(/Reuses Budapest Convention 2001 Art\. 7: \d+% of this wording is in it/);
});

test("Arabic texts are marked lang=ar and set right to left", async ({ page }) => {
  for (const slug of ["arab-convention-2010", "un-cybercrime-convention-2024"]) {
    await page.goto(`/agreements/${slug}`);
    const arabic = page.locator('blockquote[lang="ar"]');
    expect(await arabic.count(), slug).toBeGreaterThan(0);
    await expect(arabic.first()).toHaveAttribute("dir", "rtl");
    expect(await arabic.first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await expectNoAxeViolations(page);
  }
});
