// Started on another port with SITE_URL unset (`PORT=4100 npm start`), the site's links, previews, embed
// code and oEmbed all point at the port served, and the embed works when pasted into a page.
import { expect, test } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";
import { startHostPage } from "./host-page";
import { spawnServer, type SpawnedServer } from "./spawn-server";

const PORT = 4100;
const ORIGIN = `http://localhost:${PORT}`;
const COMPARE = "/compare/us-china-2015/canada-china-2017";
let server: SpawnedServer;

// One server for the file: its tests run in order in one worker.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await spawnServer(PORT, { DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp") });
});
test.afterAll(async () => server?.stop());

test("the server says at start which origin links and embeds use", () => {
  expect(server.output()).toContain(`Links, previews, embed code and oEmbed use ${ORIGIN} (the port served`);
});

test("canonical links, preview images and the embed code point at the port served", async ({ request }) => {
  const html = await (await request.get(`${ORIGIN}${COMPARE}`)).text();
  expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${COMPARE}"/>`);
  expect(html).toMatch(new RegExp(`<meta property="og:image" content="${ORIGIN}/og/compare/`));
  expect(html).toContain(`${ORIGIN}/embed/compare/us-china-2015/canada-china-2017`);
  expect(html).not.toContain("localhost:3000");
  const home = await (await request.get(`${ORIGIN}/methodology`)).text();
  expect(home).toContain(`<link rel="canonical" href="${ORIGIN}/methodology"/>`);
});

test("oEmbed accepts the site's own URL on that port, and its embed loads in a page", async ({ request, page }) => {
  const answer = await request.get(`${ORIGIN}/api/oembed?url=${encodeURIComponent(`${ORIGIN}${COMPARE}`)}`);
  expect(answer.status()).toBe(200);
  const oembed = (await answer.json()) as { html: string; provider_url: string };
  expect(oembed.provider_url).toBe(ORIGIN);
  expect(oembed.html).toContain(`src="${ORIGIN}/embed/compare/us-china-2015/canada-china-2017?v=`);

  // Pasted into an article on another site.
  const host = await startHostPage(() => oembed.html);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe[data-pactdiff-embed]");
    await expect(frame.getByRole("table")).toBeVisible();
    await expect(frame.locator("caption")).toContainText("US–China 2015 vs Canada–China 2017");
  } finally {
    await host.close();
  }
});

test("oEmbed refuses another origin's URL and names the one it accepts", async ({ request }) => {
  const answer = await request.get(`${ORIGIN}/api/oembed?url=${encodeURIComponent(`http://localhost:3000${COMPARE}`)}`);
  expect(answer.status()).toBe(404);
  const body = (await answer.json()) as { error: { message: string } };
  expect(body.error.message).toContain(`address on ${ORIGIN}`);
});
