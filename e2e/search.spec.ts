// Full-text search over every clause text in every language (SQLite FTS5 or PostgreSQL, whichever the
// e2e server runs on), with the vocabulary's synonyms, ranked, highlighted, working without JavaScript.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

type Case = { q: string; clause: RegExp; mark: RegExp; names?: string };
const CASES: Case[] = [
  // Synonyms: what readers call the provision finds its wordings and names the provision and category.
  {
    q: "IP theft",
    clause: /US–China 2015, Bullet on intellectual-property theft/,
    mark: /intellectual|property|theft/i,
    names: "No cyber-enabled IP theft for commercial advantage",
  },
  { q: "hacking", clause: /UK–China 2015/, mark: /intellectual|property|theft/i, names: "Economic espionage" },
  { q: "economic espionage", clause: /Canada–China 2017/, mark: /intellectual|property|theft/i, names: "Economic espionage" },
  // Plain words, with their endings.
  { q: "knowingly", clause: /Canada–China 2017/, mark: /^knowingly$/i },
  // Chinese (segmented into words for the index) and French.
  { q: "高级专家小组", clause: /US–China 2015/, mark: /高级|专家|小组/ },
  { q: "propriété intellectuelle", clause: /Paris Call 2018/, mark: /propriété|intellectuelle/i },
];

for (const c of CASES) {
  test(`“${c.q}” finds the expected clause, highlighted`, async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent(c.q)}`);
    expect(response?.status()).toBe(200);
    const results = page.locator("main ol > li");
    const hit = results.filter({ has: page.getByRole("link", { name: c.clause }) }).first();
    await expect(hit).toBeVisible();
    await expect(hit.locator("mark").filter({ hasText: c.mark }).first()).toBeVisible();
    // The result links to the clause on its agreement's page (or to the readouts compared).
    await expect(hit.getByRole("link", { name: c.clause })).toHaveAttribute(
      "href",
      /^\/agreements\/[a-z0-9-]+(#clause-\d+|\/readouts\?base=[a-z0-9-]+)$/,
    );
    if (c.names) await expect(page.getByRole("region", { name: /names/ })).toContainText(c.names);
  });
}

test("“knowingly” does not match the texts that dropped it", async ({ page }) => {
  await page.goto("/search?q=knowingly");
  await expect(page.getByRole("heading", { name: /clauses? match/ })).toBeVisible();
  await expect(page.locator("main ol > li").filter({ has: page.getByRole("link", { name: /^UK–China 2015/ }) })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header's search box submits a plain GET and the results page works", async ({ page }) => {
    await page.goto("/agreements");
    await page.getByRole("searchbox", { name: "Search every clause" }).fill("IP theft");
    await page.getByRole("search", { name: "Search clause texts" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=IP\+theft$/);
    await expect(page.getByRole("heading", { name: /clauses match “IP theft”/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "No cyber-enabled IP theft for commercial advantage" }).first()).toHaveAttribute(
      "href",
      "/provisions/ip-theft",
    );
  });
});

test("hostile and empty queries get a page, never an error", async ({ page, request }) => {
  for (const q of ['"', "*", "NEAR(a b)", "a OR", "-", "'; DROP TABLE x; --", "\u0000x", "x".repeat(3000), "ip AND NOT theft", "((("]) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
  }
  await page.goto("/search?q=");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search every clause");
  await page.goto("/search?q=zzzzqqqq");
  await expect(page.getByRole("heading", { name: "No clause matches “zzzzqqqq”." })).toBeVisible();
  const unknownVersion = await request.get("/search?q=theft&v=000000000000");
  expect(unknownVersion.status()).toBe(404);
  expect(await unknownVersion.text()).toContain("No dataset version has the id");
  expect((await request.get("/search?q=theft&v=junk", { maxRedirects: 0 })).status()).toBe(404);
});

test("axe: search results", async ({ page }) => {
  await page.goto("/search?q=IP+theft");
  await expectNoAxeViolations(page);
});
