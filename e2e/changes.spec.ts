// The changelog and the list of data packages, on the catalogue as imported for the tests (what a new
// import adds to them is checked in versions.spec.ts).
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("/changes lists the current version with what it holds; bad ranges are 404", async ({ page, request }) => {
  const v = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  const current = page.locator(`[data-version="${v}"]`).first();
  await expect(current).toContainText("current");
  await expect(current).toContainText(/\d+ agreements · \d+ clauses/);
  await expect(page.getByRole("link", { name: "No cyber-enabled IP theft for commercial advantage" })).toHaveAttribute(
    "href",
    "/feeds/provisions/ip-theft.atom",
  );

  const same = await page.goto(`/changes/${v}...${v}`);
  expect(same?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("0 added · 0 changed · 0 removed");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `http://localhost:3100/changes/${v}...${v}`);

  for (const path of [`/changes/${v}...000000000000`, "/changes/nope", `/changes/${v}..${v}`, `/changes/${v}...${v}...${v}`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // A malformed percent-encoding is refused before routing.
  const malformed = await request.get("/changes/%E0%A4%A");
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain("malformed %-escape");
});

test("/data lists every version's package; the versions API pages and refuses bad pages", async ({ page, request }) => {
  const v = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  await page.goto("/data");
  await expect(page.getByRole("link", { name: "Latest version (zip)" })).toHaveAttribute("href", "/data/latest.zip");
  await expect(page.getByRole("link", { name: `zip — data package of version ${v}` })).toHaveAttribute("href", `/data/${v}.zip`);
  const api = await (await request.get("/api/v1/versions")).json();
  expect(api).toMatchObject({ current: v, page: 1, licence: { id: "CC-BY-4.0" } });
  expect(api.history[0]).toMatchObject({ id: v, current: true, data_package: `http://localhost:3100/data/${v}.zip` });
  for (const bad of ["0", "x", "-1", "1e3"]) expect((await request.get(`/api/v1/versions?page=${bad}`)).status(), bad).toBe(400);
  // A page past the end of a page list is the last page, not an error.
  expect((await page.goto("/changes?page=999"))?.status()).toBe(200);
});

test("the changelog, a version diff and the package list have no axe violations", async ({ page, request }) => {
  const v = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  for (const path of ["/changes", `/changes/${v}...${v}`, "/data"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
