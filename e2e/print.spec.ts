// Printing a comparison (app/globals.css, @media print): Chromium prints it to a PDF, read back with PDF.js:
// more than one page, each provision starting a page of its own, every source's address printed, no
// navigation, search or copy buttons. With print media the navigation, forms and buttons are gone, every row
// is shown (those collapsed behind "only in one" too), a source is followed by its own address and a link to
// another site by its address, internal links by nothing. The PDF and pictures of the print-styled page go to
// screenshots/ (git-ignored) for a person to look at.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { pdfPageTexts, squeezed } from "./pdf-text";

// Two agreements with more than one provision in common, so that the print has pages to break.
const COMPARISON = "/compare/us-china-2015/uk-china-2015";
/** Words only the site's navigation, search and controls say: a printed page has none of them. */
const CONTROLS = ["Skip to content", "About the sources", "Search every clause", "Copy embed code"];
/** A comparison's provision rows (components/compare/clauses-view.tsx), in the main table. */
const PROVISIONS = "div:has(> #differences) > table tbody > tr";

/** How many of these elements a reader would see. */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

/** The width and height of a PNG, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe("printing a comparison", () => {
  test("prints to a PDF of one provision a page, with every source's address and no navigation", async ({ page }) => {
    await page.goto(COMPARISON);
    await page.emulateMedia({ media: "print" });
    const labels = await page.locator(`${PROVISIONS} > th > a`).allInnerTexts();
    const addresses = await page
      .locator("main a[data-print-href]")
      .evaluateAll((els) => [...new Set(els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute("data-print-href")!))]);
    expect(labels.length).toBeGreaterThan(1);
    expect(addresses.length).toBeGreaterThan(0);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    mkdirSync("screenshots", { recursive: true });
    writeFileSync("screenshots/print-compare.pdf", pdf);
    const pages = (await pdfPageTexts(pdf)).map(squeezed);
    expect(pages.length).toBeGreaterThanOrEqual(labels.length);
    const all = pages.join("");
    for (const address of addresses) expect(all, address).toContain(squeezed(address));
    for (const words of CONTROLS) expect(all, words).not.toContain(squeezed(words));
    // Each provision starts on a page after the one the provision before it started on.
    let last = -1;
    for (const label of labels) {
      const at = pages.findIndex((text, i) => i > last && text.includes(squeezed(label)));
      expect(at, `"${label}" starts a page after the provision before it`).toBeGreaterThan(last);
      last = at;
    }
  });

  test("print media hides navigation and controls and shows every row", async ({ page }) => {
    await page.goto(COMPARISON);
    const rows = page.locator("main table tbody tr");
    const collapsed = page.locator("#only-in-one tbody tr");
    expect(await rows.count()).toBeGreaterThan(1);
    // On screen the rows only in US–China 2015 are collapsed, and there are controls to hide.
    expect(await collapsed.count()).toBeGreaterThan(0);
    expect(await shown(page, "#only-in-one tbody tr")).toBe(0);
    expect(await shown(page, "nav, button, form")).toBeGreaterThan(0);

    await page.emulateMedia({ media: "print" });
    expect(await shown(page, "nav, form, button, [role=button], input, select, textarea, iframe")).toBe(0);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    for (const row of await rows.all()) {
      await expect(row).toBeVisible();
      expect((await row.innerText()).trim().length).toBeGreaterThan(10);
    }
    const cells = "main table tbody tr > th, main table tbody tr > td";
    expect(await shown(page, cells)).toBe(await page.locator(cells).count());
    // Each provision after the first on a new page; a provision longer than a page may break inside it (kept
    // whole it would leave a blank page before it), while the quotations in it are kept whole.
    expect(
      await page
        .locator(PROVISIONS)
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe("auto");
    expect(
      await page
        .locator(`${PROVISIONS} blockquote`)
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe("avoid");
    const breaks = await page.locator(PROVISIONS).evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(breaks.map((_, i) => (i === 0 ? "auto" : "page")));
  });

  test("print media writes each source's address after it, and nothing after internal links", async ({ page }) => {
    await page.goto(COMPARISON);
    await page.emulateMedia({ media: "print" });
    const after = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el, "::after").content));
    const sources = await after("main a[data-print-href]");
    expect(sources.length).toBeGreaterThan(0);
    for (const content of sources) expect(content).toMatch(/https?:\/\/|attr\(data-print-href\)/);
    const internal = await after('main a[href^="/"]:not([data-print-href])');
    expect(internal.length).toBeGreaterThan(0);
    for (const content of internal) expect(["none", "normal"]).toContain(content);
    await page.emulateMedia({ media: "screen" });
    expect(await after("main a[data-print-href]")).toEqual(sources.map(() => "none"));
  });

  test("pictures of the printed page, portrait and landscape, whole and without navigation", async ({ page }) => {
    mkdirSync("screenshots", { recursive: true });
    // An A4 sheet's printable width at 96 px an inch, upright (cards) and on its side (the table).
    for (const [name, size] of [
      ["portrait", { width: 700, height: 1000 }],
      ["landscape", { width: 1050, height: 700 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(COMPARISON);
      await page.emulateMedia({ media: "print" });
      expect(await shown(page, "nav, form, button")).toBe(0);
      const png = await page.screenshot({ path: `screenshots/print-${name}.png`, fullPage: true });
      // The whole comparison, taller than a screen, at the sheet's width.
      const picture = pngSize(png);
      const scale = await page.evaluate(() => window.devicePixelRatio);
      expect(picture.width).toBe(size.width * scale);
      expect(picture.height).toBeGreaterThan(2 * size.height * scale);
    }
  });
});
