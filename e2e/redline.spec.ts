// The comparison reads like a redline (equal columns, names in view, only differences, next change,
// single-agreement rows collapsed, a headline that names what matters), and the timeline reads at any width.
import { expect, test } from "@playwright/test";

const FEATURED = "/compare/canada-china-2017/us-china-2015";
const UK_US = "/compare/us-china-2015/uk-china-2015";
const THREE_WAY = "/compare/us-china-2015/canada-china-2017/uk-china-2015";
const FOUR_WAY = "/compare/us-china-2015/canada-china-2017/uk-china-2015/g20-antalya-2015";

test.describe("the redline", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const path of [FEATURED, THREE_WAY, FOUR_WAY]) {
    test(`agreement columns are equally wide: ${path}`, async ({ page }) => {
      await page.goto(path);
      const widths = await page
        .locator("main table")
        .first()
        .locator("thead th")
        .evaluateAll((ths) => ths.slice(1).map((th) => th.getBoundingClientRect().width));
      expect(widths.length).toBe(path.split("/").length - 2);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    });
  }

  test("agreement names stay in view while the rows scroll", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 420 });
    await page.goto(`${FEATURED}#ip-theft`);
    await page.evaluate((dy) => {
      const top = document.querySelector("tr#ip-theft")?.getBoundingClientRect().top ?? 0;
      window.scrollTo(0, window.scrollY + top + dy);
    }, 250);
    const head = page.locator("main table").first().locator("thead th").nth(1);
    await expect(head).toBeInViewport();
    expect(Math.round((await head.boundingBox())?.y ?? -1)).toBe(0);
    expect(((await page.locator("main table").first().boundingBox())?.y ?? 0) < 0).toBe(true);
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`only differences and next change work ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(FEATURED);
      const context1 = page.locator("tr#ip-theft .diff-context").first();
      await expect(context1).toBeVisible();
      await page.getByRole("link", { name: "Only differences" }).click();
      await expect(page).toHaveURL(/#differences$/);
      await expect(context1).toBeHidden();
      await expect(page.locator(".diff-elision").first()).toBeVisible();
      await page.getByRole("link", { name: "Show all rows" }).click();
      await expect(context1).toBeVisible();
      // Each changed row links to the next one; the first change is linked from the top.
      const first = page.getByRole("link", { name: "First change ↓" });
      const target = (await first.getAttribute("href")) ?? "";
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator(`tr${target}`)).toBeInViewport();
      const next = page.locator(`tr${target}`).getByRole("link", { name: "Next change ↓" });
      if (await next.count()) {
        const second = (await next.getAttribute("href")) ?? "";
        expect(second).not.toBe(target);
        await next.click();
        await expect(page.locator(`tr${second}`)).toBeInViewport();
      }
      await context.close();
    });
  }

  test("rows in only one agreement are collapsed behind a count", async ({ page }) => {
    await page.goto(FEATURED);
    await expect(page.locator("main table").first().locator("tbody tr")).toHaveCount(1);
    const summary = page.getByText("8 provisions are in only one of these agreements (US–China 2015)");
    await expect(summary).toBeVisible();
    await expect(page.locator("tr#hotline")).toBeHidden();
    await summary.click();
    await expect(page.locator("tr#hotline")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Redline" })).toContainText(
      "1 provision in two or more, 1 worded differently; 8 only in one.",
    );
  });

  test("the headline names the dropped content word first", async ({ page }) => {
    await page.goto(UK_US);
    await expect(page.getByRole("region", { name: "Summary" })).toContainText(
      "The IP-theft pledge is 71% the same wording: “knowingly” dropped",
    );
    await expect(
      page.getByRole("region", { name: "Summary" }).getByRole("link", { name: "What “% the same wording” measures" }),
    ).toHaveAttribute("href", "/methodology#similarity");
  });

  for (const path of [THREE_WAY, FOUR_WAY]) {
    test(`the headline's figure and changes are of one named pair: ${path}`, async ({ page }) => {
      await page.goto(path);
      const headline = (await page.getByRole("region", { name: "Summary" }).locator("p").first().textContent()) ?? "";
      const m = /is (\d+)% the same wording in (.+?) against US–China 2015/.exec(headline);
      expect(m, headline).not.toBeNull();
      const [, pct, pair] = m ?? [];
      // That pair's own cell says the same figure, and it is the lowest of the row.
      const badges = await page
        .locator("tr#ip-theft td span")
        .filter({ hasText: /^\d+% similar to US–China 2015$/ })
        .allTextContents();
      expect(badges).toContain(`${pct}% similar to US–China 2015`);
      const figures = badges.map((t) => Number(/^(\d+)%/.exec(t)?.[1]));
      expect(Math.min(...figures)).toBe(Number(pct));
      expect(await page.locator("thead th").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(pair ?? "")]));
    });
  }

  test("the methodology page explains the figures", async ({ page }) => {
    await page.goto("/methodology#similarity");
    await expect(page.locator("#similarity")).toContainText("twice the number of unchanged words divided by the words of both texts");
    await expect(page.locator("#base")).toContainText("The first agreement in a comparison");
  });
});

test.describe("the timeline", () => {
  test("at 375 px: no sideways scrolling, every mark labelled, the agreement told apart", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${FEATURED}?view=dates`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const timeline = page.getByRole("list", { name: /Timeline of Canada–China 2017, US–China 2015/ });
    // 2015 to 2018 are all there, readable.
    for (const year of ["2015", "2016", "2017", "2018"])
      await expect(timeline.locator("time").filter({ hasText: year }).first()).toBeVisible();
    // The agreement's own date is told apart from meetings and assessments, in words.
    const us = timeline
      .locator("li")
      .filter({ has: page.locator('time[datetime="2015-09-25"]') })
      .first();
    await expect(us).toContainText("US–China 2015 · The agreement itself (announced)");
    await expect(us).toContainText("US–China 2015 · Published"); // same day, not the agreement itself
    await expect(
      timeline
        .locator("li")
        .filter({ has: page.locator('time[datetime="2017-06-22"]') })
        .first(),
    ).toContainText("Canada–China 2017 · The agreement itself (agreed)");
    await expect(
      timeline
        .locator("li")
        .filter({ has: page.locator('time[datetime="2016-12-07"]') })
        .first(),
    ).toContainText("Meeting");
    await expect(
      timeline
        .locator("li")
        .filter({ has: page.locator('time[datetime="2015-10-19"]') })
        .first(),
    ).toContainText("Compliance assessment");
  });

  test("no two marks overlap; simultaneous events share one date; intervals are stated", async ({ page }) => {
    await page.goto(`${FEATURED}?view=dates`);
    const dates = await page
      .locator("ol[aria-label^='Timeline'] > li > div > time")
      .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
    expect(new Set(dates).size).toBe(dates.length);
    // 22 and 25 June 2017 are two entries, one under the other, with the gap in words.
    const boxes = await page
      .locator("ol[aria-label^='Timeline'] > li > div")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    const june25 = page.locator("ol[aria-label^='Timeline'] > li").filter({ has: page.locator('time[datetime="2017-06-25"]') });
    await expect(june25).toContainText("3 days later");
    await expect(page.locator("ol[aria-label^='Timeline'] > li").filter({ has: page.locator('time[datetime="2016-06"]') })).toContainText(
      "June 2016 (day not known)",
    );
  });
});
