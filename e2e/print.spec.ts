// Printing a comparison (app/globals.css, @media print): Chromium prints it to a PDF; with print media the
// navigation, forms and buttons are gone, every row is shown (those collapsed behind "only in one" too), a
// source is followed by its own address and a link to another site by its address, internal links by nothing.
// The PDF and pictures of the print-styled page go to screenshots/ (git-ignored) for a person to look at.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const COMPARISON = "/compare/us-china-2015/canada-china-2017";

/** Pages of a PDF as Chromium writes it (each page object uncompressed), or the page tree's count. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  const objects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counted = Number(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(text)?.[1] ?? /\/Count\s+(\d+)/.exec(text)?.[1] ?? 0);
  return Math.max(objects, counted);
}

/** How many of these elements a reader would see. */
const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

test.describe("printing a comparison", () => {
  test("prints to a PDF of one page or more", async ({ page }) => {
    await page.goto(COMPARISON);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    mkdirSync("screenshots", { recursive: true });
    writeFileSync("screenshots/print-compare.pdf", pdf);
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
    // Each row kept whole on a page.
    expect(await rows.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
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

  test("pictures of the printed page, portrait and landscape", async ({ page }) => {
    mkdirSync("screenshots", { recursive: true });
    // An A4 sheet's printable width at 96 px an inch, upright (cards) and on its side (the table).
    for (const [name, size] of [
      ["portrait", { width: 700, height: 1000 }],
      ["landscape", { width: 1050, height: 700 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(COMPARISON);
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `screenshots/print-${name}.png`, fullPage: true });
    }
  });
});
