// Pinned dataset versions: import a changed clause into the running server and check that pinned views
// keep the old text while unpinned ones show the new. Runs alone, after the other specs (see config).
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";

const OLD = "The two sides agreed that neither country's government would conduct";
const NEW = "The two sides agreed that neither government would ever conduct";
const DIR = "e2e/.tmp/catalogue-changed";

function importCatalogue(dir: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--dir", dir], {
    env: {
      ...process.env,
      DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp"),
      REVALIDATE_URL: "http://localhost:3100",
      REVALIDATE_TOKEN: "e2e-revalidate-token-0123456789",
    },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain("revalidated");
  return result.stdout;
}

test.afterAll(() => {
  // Leave the server on the original catalogue.
  importCatalogue("prisma/catalogue");
  rmSync(DIR, { recursive: true, force: true });
});

test("a pinned link keeps showing the data it was made on", async ({ page, request }) => {
  const v1 = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  const pinned = {
    page: `/compare/canada-china-2017/us-china-2015?v=${v1}`,
    agreement: `/agreements/canada-china-2017?v=${v1}`,
    embed: `/embed/compare/canada-china-2017/us-china-2015?v=${v1}`,
    csv: `/api/v1/compare/canada-china-2017/us-china-2015?v=${v1}&format=csv`,
    api: `/api/v1/agreements/canada-china-2017?v=${v1}`,
  };
  await page.goto(pinned.page);
  await expect(page.locator("tr#ip-theft").getByRole("cell").first()).toContainText(OLD);

  rmSync(DIR, { recursive: true, force: true });
  cpSync("prisma/catalogue", DIR, { recursive: true });
  const file = `${DIR}/agreements/canada-china-2017.yaml`;
  writeFileSync(file, readFileSync(file, "utf8").replace(OLD, NEW));
  expect(importCatalogue(DIR)).toContain("Imported dataset version");
  const v2 = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  expect(v2).not.toBe(v1);

  // Unpinned: the new text everywhere.
  await page.goto("/compare/canada-china-2017/us-china-2015");
  await expect(page.locator("tr#ip-theft").getByRole("cell").first()).toContainText(NEW);
  await page.goto("/agreements/canada-china-2017");
  await expect(page.locator("blockquote[lang=en]").first()).toContainText(NEW);
  expect(await (await request.get("/embed/compare/canada-china-2017/us-china-2015?diff=off")).text()).toContain(NEW.replace(/'/g, "&#39;"));
  expect(JSON.stringify(await (await request.get("/api/v1/agreements/canada-china-2017")).json())).toContain(NEW);

  // Pinned: the old text, and a pointer to the newer data.
  await page.goto(pinned.page);
  await expect(page.locator("tr#ip-theft").getByRole("cell").first()).toContainText(OLD);
  await expect(page.getByRole("link", { name: "Newer data available" })).toHaveAttribute("href", "/compare/canada-china-2017/us-china-2015");
  await page.goto(pinned.agreement);
  await expect(page.locator("blockquote[lang=en]").first()).toContainText(OLD);
  await expect(page.getByRole("note")).toContainText(v1);
  const embed = await (await request.get(pinned.embed)).text();
  expect(embed).toContain("neither country&#39;s government");
  expect(embed).toContain("newer data available");
  expect(await (await request.get(pinned.csv)).text()).toContain(OLD);
  const api = await request.get(pinned.api);
  expect(api.headers()["x-dataset-version"]).toBe(v1);
  expect(JSON.stringify(await api.json())).toContain(OLD);
});
