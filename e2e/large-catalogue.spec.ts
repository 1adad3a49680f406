// A catalogue larger than the pickers and lists are made for (65 synthetic agreements, generated as the
// catalogue benchmark does, in a database of its own): pages stay bounded and still work.
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { generateSyntheticCatalogue } from "../scripts/lib/bench/synthetic";
import { resetTestDatabase } from "../test/databases";
import { migrateTestDatabase } from "../test/fresh-db";
import { spawnServer, type SpawnedServer } from "./spawn-server";

const DIR = "e2e/.tmp/catalogue-large";
let server: SpawnedServer;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const url = await resetTestDatabase("large", "e2e/.tmp");
  generateSyntheticCatalogue(65, DIR);
  // Its own catalogue only: importing it over the real one would be refused (the real slugs' links would break).
  await migrateTestDatabase(url);
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--dir", DIR], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  server = await spawnServer(3106, { DATABASE_URL: url });
});
test.afterAll(async () => {
  await server?.stop();
});

test("the home page shows the most recent agreements and links to all", async ({ page }) => {
  await page.goto(`${server.url}/`);
  await expect(page.getByText("The 12 most recent of 65 agreements.")).toBeVisible();
  await expect(page.locator("section[aria-labelledby=catalogue] li")).toHaveCount(12);
  await expect(page.getByRole("link", { name: "All 65 agreements →" })).toHaveAttribute("href", "/agreements");
});

test("the catalogue is paged, 60 a page, filters kept in the links", async ({ page, request }) => {
  await page.goto(`${server.url}/agreements`);
  await expect(page.getByRole("status")).toHaveText("65 agreements. Showing 1–60.");
  await expect(page.locator("main ul > li")).toHaveCount(60);
  const pager = page.getByRole("navigation", { name: "Pages of the catalogue" });
  await expect(pager).toContainText("Page 1 of 2");
  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(`${server.url}/agreements?page=2`);
  await expect(page.getByRole("status")).toHaveText("65 agreements. Showing 61–65.");
  await expect(page.locator("main ul > li")).toHaveCount(5);
  // Filters travel with the pages; a page past the last is the last; a page that is not a number is a 400.
  await page.goto(`${server.url}/agreements?q=synthetic&page=2`);
  await expect(pager.getByRole("link", { name: "← Previous" })).toHaveAttribute("href", "/agreements?q=synthetic");
  expect(await (await request.get(`${server.url}/agreements?page=99`)).text()).toContain("Page 2 of 2");
  expect((await request.get(`${server.url}/agreements?page=%3Cscript%3E`)).status()).toBe(400);
});

test("the picker takes slugs, with suggestions loaded on focus, and builds the comparison", async ({ page }) => {
  await page.goto(`${server.url}/compare/synthetic-0001/synthetic-0002`);
  const picker = page.getByRole("form", { name: "Change the comparison" });
  await expect(picker.locator("select")).toHaveCount(0);
  const base = picker.getByLabel("First (base)");
  await expect(base).toHaveValue("synthetic-0001");
  // No copy of the catalogue in the page until a field is focused…
  const listId = await base.getAttribute("list");
  await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveCount(0);
  await picker.getByLabel("Compare with").fill("synthetic-0045");
  await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveCount(65);
  // In the order typed (the picker puts the earliest first unless asked not to).
  await picker.getByLabel(/^Earliest first/).uncheck();
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`${server.url}/compare/synthetic-0001/synthetic-0045`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Synthetic 0045");
});
