// An instance bound to one address (HOSTNAME=127.0.0.1, as behind nginx in the scale-out recipe) serves
// comparisons like the default one: the proxy's rewrites stay internal.
import { expect, test } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";
import { spawnServer } from "./spawn-server";

test("HOSTNAME=127.0.0.1 still serves comparisons, embeds and the API", async ({ request }) => {
  const server = await spawnServer(3103, { HOSTNAME: "127.0.0.1", DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp") });
  try {
    const base = "http://127.0.0.1:3103";
    const compare = await request.get(`${base}/compare/us-china-2015/canada-china-2017`);
    expect(compare.status()).toBe(200);
    expect(await compare.text()).toContain("<title>US–China 2015 vs Canada–China 2017 · Pactdiff</title>");
    expect((await request.get(`${base}/embed/compare/us-china-2015/canada-china-2017`)).status()).toBe(200);
    expect((await request.get(`${base}/api/v1/agreements`)).status()).toBe(200);
  } finally {
    await server.stop();
  }
});

test("HOSTNAME=::1 serves every page type, and its start line is an address a browser opens", async ({ request }) => {
  const server = await spawnServer(3107, { HOSTNAME: "::1", DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp") });
  try {
    expect(server.output()).toContain("Pactdiff ready on http://[::1]:3107");
    const base = "http://[::1]:3107";
    for (const path of [
      "/",
      "/agreements",
      "/agreements/us-china-2015",
      "/agreements/us-china-2015/readouts",
      "/compare/us-china-2015/canada-china-2017",
      "/provisions/ip-theft",
      "/sources/china-org-cn-outcome-list-item-48",
      "/search?q=theft",
      "/changes",
      "/methodology",
      "/embed/compare/us-china-2015/canada-china-2017",
      "/og/compare/us-china-2015/canada-china-2017",
      "/api/v1/agreements",
    ]) {
      expect((await request.get(`${base}${path}`)).status(), path).toBe(200);
    }
  } finally {
    await server.stop();
  }
});
