// "Cite this" on a source page and on /data, as on agreement pages (components/cite/cite-box.tsx): the
// reference names the page pinned to its dataset version with the version's own date, and its BibTeX download
// is the same thing's citation, under the thing's own key.
import { expect, test, type Page } from "@playwright/test";

/** The cite box's reference, and its BibTeX as downloaded. */
async function citeBox(page: Page) {
  const box = page.getByTestId("cite-box");
  await expect(box).toHaveCount(1);
  await expect(box.getByRole("heading", { name: "Cite this" })).toBeVisible();
  const reference = await box.locator("[data-citation]").innerText();
  const bibtex = await page.request.get((await box.getByRole("link", { name: "BibTeX" }).getAttribute("href"))!);
  expect(bibtex.status()).toBe(200);
  return { reference, bibtex: await bibtex.text() };
}

test("a source page has a Cite box for the source as seen, pinned to its version", async ({ page }) => {
  await page.goto("/agreements/us-china-2015");
  const href = (await page.locator('main a[href^="/sources/"]').first().getAttribute("href"))!;
  const id = new URL(href, "http://x").pathname.split("/")[2]!;
  await page.goto(`/sources/${id}`);
  const { reference, bibtex } = await citeBox(page);
  expect(reference).toMatch(new RegExp(`/sources/${id}\\?v=[0-9a-f]{12}`));
  expect(reference).toContain("(as seen)");
  expect(bibtex).toMatch(new RegExp(`^@\\w+\\{pactdiff:source/${id}:[0-9a-f]{12},`, "m"));
});

test("/data has a Cite box for the whole catalogue, pinned to the current version's data package", async ({ page, request }) => {
  const { dataset_version: version } = (await (await request.get("/api/v1/agreements/us-china-2015")).json()) as {
    dataset_version: string;
  };
  await page.goto("/data");
  const { reference, bibtex } = await citeBox(page);
  expect(reference).toContain(`/data/${version}.zip`);
  expect(bibtex).toMatch(new RegExp(`^@\\w+\\{pactdiff:${version},`, "m"));
});
