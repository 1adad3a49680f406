// Database down: a second server on the same build whose database cannot be reached (a SQLite file in a
// folder that does not exist; on the PostgreSQL pass, a port nothing listens on).
import { expect, test } from "@playwright/test";
import { spawnServer, type SpawnedServer } from "./spawn-server";

const DOWN_URL = process.env.PACTDIFF_TEST_POSTGRES_URL
  ? "postgresql://pactdiff:pactdiff@127.0.0.1:1/pactdiff"
  : "file:/nonexistent-pactdiff-folder/pactdiff.db";

let server: SpawnedServer;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  server = await spawnServer(3102, { DATABASE_URL: DOWN_URL });
});
test.afterAll(async () => {
  await server?.stop();
});

test("prerendered pages are still served", async ({ request }) => {
  for (const [path, text] of [
    ["/", "Compare cyber agreements"],
    ["/agreements/us-china-2015", "cyber-enabled theft of intellectual property"],
    ["/compare/us-china-2015/canada-china-2017", "Canada"],
    ["/compare/us-china-2015/canada-china-2017?view=scope", "Economic espionage"],
  ] as const) {
    const response = await request.get(server.url + path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(text);
  }
});

test("the API answers 503 with Retry-After and the error model", async ({ request }) => {
  for (const path of ["/api/v1/agreements", "/api/v1/agreements/us-china-2015", "/api/v1/compare/us-china-2015/canada-china-2017", "/api/oembed?url=http%3A%2F%2Flocalhost%3A3102%2Fcompare%2Fus-china-2015%2Fcanada-china-2017"]) {
    const response = await request.get(server.url + path);
    expect(response.status(), path).toBe(503);
    expect(response.headers()["retry-after"], path).toBe("30");
    expect(await response.json(), path).toEqual({ error: { code: "unavailable", message: expect.stringContaining("unavailable") } });
  }
});

test("pages that need the database say so with 503, in a page of our own", async ({ request }) => {
  for (const path of ["/agreements", "/agreements?q=china", "/compare/us-china-2015/uk-china-2015/g20-antalya-2015", "/embed/compare/uk-china-2015/canada-china-2017"]) {
    const response = await request.get(server.url + path);
    expect(response.status(), path).toBe(503);
    expect(response.headers()["retry-after"], path).toBe("30");
    const html = await response.text();
    expect(html, path).toMatch(/unavailable/i);
    expect(html, path).not.toMatch(/\n\s+at .+:\d+:\d+|PrismaClient|node_modules/);
  }
});

test("the outage is logged as one clear line, not a stack per request", async ({ request }) => {
  for (let i = 0; i < 20; i++) await request.get(`${server.url}/api/v1/agreements/us-china-2015?n=${i}`);
  const log = server.output();
  const lines = log.split("\n").filter((l) => l.includes("database unavailable"));
  expect(lines, log).toHaveLength(1);
  expect(lines[0]).toMatch(/^pactdiff: database unavailable: .+\. Cached and prerendered pages are still served; the API answers 503\.$/);
  expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(log).not.toContain("⨯");
});
