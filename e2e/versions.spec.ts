// A living catalogue: an import into the running production server's database shows on every page type
// and representation within seconds, with no rebuild, restart or token; pinned links keep the data they
// were made on; a removed agreement disappears everywhere. Runs alone, after the other specs (see config).
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { importCatalogue, within } from "./live-import";
import { expectNoAxeViolations } from "./axe";

const OLD = "The two sides agreed that neither country's government would conduct";
const NEW = "The two sides agreed that neither government would ever conduct";
const SLUG = "e2e-newcomer-2026";
const MARK = "Added by the living-catalogue test";
const DIR = "e2e/.tmp/catalogue-changed";

/** The catalogue with one agreement more (a copy of UK–China 2015 under a new slug) and one clause reworded. */
function changedCatalogue(): void {
  rmSync(DIR, { recursive: true, force: true });
  cpSync("prisma/catalogue", DIR, { recursive: true });
  const canada = `${DIR}/agreements/canada-china-2017.yaml`;
  writeFileSync(canada, readFileSync(canada, "utf8").replace(OLD, NEW));
  // As a curator who found a better copy would: the passages it was quoted from change with it.
  const seen = `${DIR}/evidence/canada-china-2017.yaml`;
  writeFileSync(seen, readFileSync(seen, "utf8").replaceAll(OLD, NEW));
  const uk = readFileSync(`${DIR}/agreements/uk-china-2015.yaml`, "utf8");
  writeFileSync(
    `${DIR}/agreements/${SLUG}.yaml`,
    uk
      .replace(/^slug: .*$/m, `slug: ${SLUG}`)
      .replace(/^shortTitle: .*$/m, "shortTitle: Newcomer 2026")
      // The home page lists the most recent documents: the newcomer is dated to be one of them.
      .replace(/^date: .*$/m, "date: 2026-01-15")
      .replace(/^summary: >-\n/m, `summary: >-\n  ${MARK}.\n`),
  );
}

async function status(request: APIRequestContext, path: string): Promise<number> {
  return (await request.get(path, { maxRedirects: 0 })).status();
}

test.afterAll(() => {
  // Leave the server on the original catalogue.
  importCatalogue("prisma/catalogue");
  rmSync(DIR, { recursive: true, force: true });
});

test("a new import shows everywhere within seconds; pinned links keep the old data; a removal disappears", async ({ page, request }) => {
  test.setTimeout(90_000);
  const v1 = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  const pinned = {
    page: `/compare/canada-china-2017/us-china-2015?v=${v1}`,
    agreement: `/agreements/canada-china-2017?v=${v1}`,
    embed: `/embed/compare/canada-china-2017/us-china-2015?v=${v1}`,
    csv: `/api/v1/compare/canada-china-2017/us-china-2015?v=${v1}&format=csv`,
    api: `/api/v1/agreements/canada-china-2017?v=${v1}`,
  };
  // Warm the caches on the old version, as readers would have.
  for (const path of [
    "/",
    "/agreements",
    `/agreements/${SLUG}`,
    "/compare/canada-china-2017/us-china-2015",
    "/changes",
    "/feeds/changes.atom",
    ...Object.values(pinned),
  ])
    await request.get(path);
  expect(await status(request, `/agreements/${SLUG}`)).toBe(404);

  changedCatalogue();
  expect(importCatalogue(DIR)).toContain("Imported dataset version");
  const waited = await within(10, async () => (await status(request, `/agreements/${SLUG}`)) === 200);
  test.info().annotations.push({ type: "seen after", description: `${waited} ms` });
  const v2 = (await (await request.get("/api/v1/agreements")).json()).dataset_version as string;
  expect(v2).not.toBe(v1);

  // The new agreement on every page type and representation, without a rebuild or restart.
  const compare = `/compare/${SLUG}/us-china-2015`;
  const checks: [string, string][] = [
    [`/agreements/${SLUG}`, MARK],
    [compare, "Newcomer 2026"],
    [`${compare}?view=scope`, "Newcomer 2026"],
    [`${compare}?view=dates`, "Newcomer 2026"],
    [`/embed/compare/${SLUG}/us-china-2015`, "Newcomer 2026"],
    [`/api/v1/agreements/${SLUG}`, MARK],
    [`/api/v1/compare/${SLUG}/us-china-2015?format=csv`, "Newcomer 2026"],
    ["/api/v1/agreements", SLUG],
    ["/", "Newcomer 2026"],
    ["/agreements", "Newcomer 2026"],
    [`/api/oembed?url=${encodeURIComponent(`http://localhost:3100${compare}`)}`, "Newcomer 2026"],
  ];
  for (const [path, text] of checks) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    expect(await r.text(), path).toContain(text);
  }
  // Pinned versions keep their evidence: the source's passage as it was, and as it is now.
  const source = "/sources/blueline-canada-china-sign-no";
  const then = await (await request.get(`${source}?v=${v1}`)).text();
  expect(then).toContain("government would conduct");
  expect(then).not.toContain("would ever conduct");
  expect(await (await request.get(source)).text()).toContain("would ever conduct");
  // The changelog, the feeds and the data package list the new version, without a rebuild.
  const changes = await (await request.get("/changes")).text();
  expect(changes).toContain(v2);
  expect(changes).toContain(`/changes/${v1}...${v2}`);
  expect(changes).toMatch(/Added Newcomer 2026; changed Canada–China 2017/);
  // Any two versions, from the form (a GET form: no JavaScript needed).
  await page.goto("/changes");
  await page.getByLabel("From").selectOption(v1);
  await page.getByLabel("To").selectOption(v2);
  await page.getByRole("button", { name: "Show what changed" }).click();
  await expect(page).toHaveURL(`/changes/${v1}...${v2}`);
  await expectNoAxeViolations(page);
  await expect(page.getByRole("region", { name: "Added" })).toContainText("Newcomer 2026");
  const changed = page.locator(`[data-agreement="canada-china-2017"]`);
  await expect(changed.locator("del").first()).toContainText("country");
  await expect(changed.locator("ins").first()).toContainText("ever");
  const feed = parseFeed(await (await request.get("/feeds/changes.atom")).text());
  expect(feed.items.map((i) => i.title)).toEqual(
    expect.arrayContaining([expect.stringContaining(`Dataset version ${v2}`), "New agreement: Newcomer 2026"]),
  );
  const provisionFeed = parseFeed(await (await request.get("/feeds/provisions/ip-theft.atom")).text());
  expect(provisionFeed.items[0]?.title).toContain("Newcomer 2026");
  const packages = await (await request.get("/data")).text();
  expect(packages).toContain(`/data/${v2}.zip`);
  expect(packages).toContain(`/data/${v1}.zip`);
  const versions = await (await request.get("/api/v1/versions")).json();
  expect(versions.current).toBe(v2);
  expect(versions.history[0]).toMatchObject({
    id: v2,
    current: true,
    new_import: true,
    previous: v1,
    added: [SLUG],
    changed: ["canada-china-2017"],
    data_package: expect.stringContaining(`/data/${v2}.zip`),
  });
  const latestPackage = await request.head("/data/latest.zip");
  expect(latestPackage.headers()["content-location"]).toBe(`/data/${v2}.zip`);
  expect((await request.head(`/data/${v1}.zip`)).status()).toBe(200);

  const image = await request.get(`/og${compare}`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  // The not-found page's suggestions lead to it.
  const typo = await page.goto(`/agreements/${SLUG.replace("2026", "2025")}`);
  expect(typo?.status()).toBe(404);
  await expect(page.getByRole("status").getByRole("link").first()).toHaveAttribute("href", `/agreements/${SLUG}`);

  // The changed clause: unpinned shows the new text everywhere.
  await page.goto("/compare/canada-china-2017/us-china-2015");
  await expect(page.locator("tr#ip-theft").getByRole("cell").first()).toContainText(NEW);
  await page.goto("/agreements/canada-china-2017");
  await expect(page.locator("blockquote[lang=en]").first()).toContainText(NEW);
  expect(await (await request.get("/embed/compare/canada-china-2017/us-china-2015?diff=off")).text()).toContain(NEW.replace(/'/g, "&#39;"));
  expect(JSON.stringify(await (await request.get("/api/v1/agreements/canada-china-2017")).json())).toContain(NEW);

  // Pinned: the old text, and a pointer to the newer data; the new agreement does not exist there.
  await page.goto(pinned.page);
  await expect(page.locator("tr#ip-theft").getByRole("cell").first()).toContainText(OLD);
  await expect(page.getByRole("link", { name: "Newer data available" })).toHaveAttribute(
    "href",
    "/compare/canada-china-2017/us-china-2015",
  );
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
  expect(await status(request, `/agreements/${SLUG}?v=${v1}`)).toBe(404);
  expect(await status(request, `/compare/${SLUG}/us-china-2015?v=${v1}`)).toBe(404);

  // Removed again (the original files are current again): gone from every list, its links 404.
  importCatalogue("prisma/catalogue");
  await within(10, async () => (await status(request, `/agreements/${SLUG}`)) === 404);
  for (const path of ["/", "/agreements", "/api/v1/agreements", "/no-such-page"])
    expect(await (await request.get(path)).text(), path).not.toContain(SLUG);
  expect(await status(request, compare)).toBe(404);
  expect(await status(request, `/embed/compare/${SLUG}/us-china-2015`)).toBe(404);
  expect(await status(request, `/api/v1/agreements/${SLUG}`)).toBe(404);
  // …but its pinned version still has it.
  expect(await status(request, `/agreements/${SLUG}?v=${v2}`)).toBe(200);
  // The history tells the return to the older version, though /changes was cached when it was current before.
  await page.goto("/changes");
  const latest = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .first();
  await expect(latest).toContainText(`Back to version ${v1}`);
  await expect(latest).toContainText("removed Newcomer 2026");
  await expect(latest).toContainText("current");
  const history = (await (await request.get("/api/v1/versions")).json()).history;
  expect(history.slice(0, 2).map((h: { id: string; previous: string }) => [h.id, h.previous])).toEqual([
    [v1, v2],
    [v2, v1],
  ]);
});
