// A curator's round trip under a running server (issue 27): a new agreement staged is served only at its
// preview links, marked and not indexed, while the live site, its lists and feeds do not change; published, it
// is live everywhere within seconds; rolled back, gone again. A renamed agreement's old links answer 301.
// Runs alone, after the versions spec, and leaves the server on the original catalogue.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";
import { importCatalogue, within } from "./live-import";

const DIR = "e2e/.tmp/catalogue-staged";
const SLUG = "e2e-staged-2026";

function run(script: string, args: string[], baseURL: string, conditions: string[] = []) {
  const result = spawnSync(process.execPath, [...conditions, "--import", "tsx", script, ...args], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp"), SITE_URL: baseURL },
    encoding: "utf8",
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** The catalogue with one agreement more (a copy of UK–China 2015 under a new slug, dated to lead the lists). */
function withNewcomer(): void {
  rmSync(DIR, { recursive: true, force: true });
  cpSync("prisma/catalogue", DIR, { recursive: true });
  const uk = readFileSync(`${DIR}/agreements/uk-china-2015.yaml`, "utf8");
  writeFileSync(
    `${DIR}/agreements/${SLUG}.yaml`,
    uk
      .replace(/^slug: .*$/m, `slug: ${SLUG}`)
      .replace(/^title: .*$/m, "title: A staged test statement")
      .replace(/^shortTitle: .*$/m, "shortTitle: Staged 2026")
      .replace(/^date: .*$/m, "date: 2026-02-01"),
  );
}

const status = async (request: APIRequestContext, path: string) => (await request.get(path, { maxRedirects: 0 })).status();
const text = async (request: APIRequestContext, path: string) => (await request.get(path)).text();

test.afterAll(() => {
  importCatalogue("prisma/catalogue");
  rmSync(DIR, { recursive: true, force: true });
});

test("staged: previews marked and unlisted; published: live; rolled back: gone", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  withNewcomer();
  const before = { feed: await text(request, "/feeds/changes.atom"), list: await text(request, "/api/v1/agreements") };
  const out = run("scripts/stage-catalogue.ts", ["--dir", DIR], baseURL!, ["--conditions=react-server"]);
  const v = /Staged dataset version ([0-9a-f]{12})/.exec(out)?.[1];
  expect(v, out).toBeTruthy();
  expect(out).toContain(`Added:\n    ${SLUG} (A staged test statement)`);
  const links = out
    .split("\n")
    .filter((l) => l.startsWith(`  ${baseURL}`))
    .map((l) => l.trim());
  expect(links).toContain(`${baseURL}/agreements/${SLUG}?v=${v}`);
  expect(links.some((l) => l.includes("/compare/") && l.includes(SLUG))).toBe(true);
  expect(links.some((l) => l.includes("/provisions/"))).toBe(true);

  for (const link of links) {
    const response = await request.get(link, { maxRedirects: 0 });
    expect(response.status(), link).toBe(200);
    expect(response.headers()["x-robots-tag"], link).toBe("noindex");
    expect(response.headers()["cache-control"], link).toBe("no-store");
    if ((response.headers()["content-type"] ?? "").startsWith("text/html"))
      expect(await response.text(), link).toContain("Preview — not published");
  }
  await page.goto(`/agreements/${SLUG}?v=${v}`);
  await expect(page.locator(`[data-preview="${v}"]`)).toContainText("Preview — not published");

  // The live site, its lists and feeds do not know it.
  expect(await status(request, `/agreements/${SLUG}`)).toBe(404);
  expect(await text(request, "/api/v1/agreements")).toBe(before.list);
  expect(await text(request, "/feeds/changes.atom")).toBe(before.feed);
  expect(await text(request, "/sitemap.xml")).not.toContain(SLUG);
  expect(await text(request, "/changes")).not.toContain(v!);
  expect(await text(request, "/api/v1/versions")).not.toContain(v!);

  run("scripts/publish-version.ts", [v!], baseURL!);
  await within(10, async () => (await status(request, `/agreements/${SLUG}`)) === 200);
  expect(await text(request, "/api/v1/agreements")).toContain(SLUG);
  expect(await text(request, `/agreements/${SLUG}?v=${v}`)).not.toContain("Preview — not published");
  expect(await text(request, "/changes")).toContain(v!);

  run("scripts/publish-version.ts", ["--rollback"], baseURL!);
  await within(10, async () => (await status(request, `/agreements/${SLUG}`)) === 404);
  expect(await text(request, "/api/v1/agreements")).not.toContain(SLUG);
});

test("a renamed agreement's old addresses answer 301 to the new ones, on pages, embeds, images and the API", async ({ request }) => {
  test.setTimeout(60_000);
  rmSync(DIR, { recursive: true, force: true });
  cpSync("prisma/catalogue", DIR, { recursive: true });
  const file = `${DIR}/agreements/uk-china-2015.yaml`;
  const renamed = readFileSync(file, "utf8").replace(/^slug: .*$/m, "slug: uk-china-2015-cyber\nformerSlugs: [uk-china-2015]");
  rmSync(file);
  writeFileSync(`${DIR}/agreements/uk-china-2015-cyber.yaml`, renamed);
  expect(importCatalogue(DIR)).toContain("Imported dataset version");
  await within(10, async () => (await status(request, "/agreements/uk-china-2015-cyber")) === 200);
  const moved: [string, string][] = [
    ["/agreements/uk-china-2015", "/agreements/uk-china-2015-cyber"],
    ["/compare/us-china-2015/uk-china-2015?view=dates", "/compare/us-china-2015/uk-china-2015-cyber?view=dates"],
    ["/embed/compare/us-china-2015/uk-china-2015", "/embed/compare/us-china-2015/uk-china-2015-cyber"],
    ["/api/v1/agreements/uk-china-2015", "/api/v1/agreements/uk-china-2015-cyber"],
    ["/og/agreement/uk-china-2015", "/og/agreement/uk-china-2015-cyber"],
  ];
  for (const [old, now] of moved) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(response.headers().location, old).toBe(now);
    expect(await status(request, now)).toBe(200);
  }
});
