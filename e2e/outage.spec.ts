// Database faults, on servers of their own (same build):
// - one whose database cannot be reached at all (a SQLite file in a folder that does not exist; on the
//   PostgreSQL pass, a port nothing listens on): what needs the database answers 503 + Retry-After;
// - one whose database goes away while it serves and comes back (SQLite: the file truncated, then
//   restored; PostgreSQL: every connection cut and refused for a while, as in a restart, through a TCP
//   relay in this test): cached pages go on being served, the rest answers 503 (never 500), one log line,
//   and it recovers without a restart.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";
import { spawnServer, type SpawnedServer } from "./spawn-server";

const POSTGRES = Boolean(process.env.PACTDIFF_TEST_POSTGRES_URL);
const DOWN_URL = POSTGRES ? "postgresql://pactdiff:pactdiff@127.0.0.1:1/pactdiff" : "file:/nonexistent-pactdiff-folder/pactdiff.db";
const STACK = /\n\s+at .+:\d+:\d+|PrismaClient|node_modules/;

test.describe.configure({ mode: "serial" });

test.describe("database unreachable from the start", () => {
  let server: SpawnedServer;
  test.beforeAll(async () => {
    server = await spawnServer(3102, { DATABASE_URL: DOWN_URL });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("the API answers 503 with Retry-After and the error model", async ({ request }) => {
    for (const path of [
      "/api/v1/agreements",
      "/api/v1/agreements/us-china-2015",
      "/api/v1/compare/us-china-2015/canada-china-2017",
      "/api/oembed?url=http%3A%2F%2Flocalhost%3A3102%2Fcompare%2Fus-china-2015%2Fcanada-china-2017",
    ]) {
      const response = await request.get(server.url + path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("30");
      expect(await response.json(), path).toEqual({ error: { code: "unavailable", message: expect.stringContaining("unavailable") } });
    }
  });

  test("pages that need the database say so with 503, in a page of our own", async ({ request }) => {
    for (const path of [
      "/",
      "/agreements",
      "/agreements?q=china",
      "/agreements/us-china-2015",
      "/compare/us-china-2015/uk-china-2015/g20-antalya-2015",
      "/embed/compare/uk-china-2015/canada-china-2017",
    ]) {
      const response = await request.get(server.url + path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"], path).toBe("30");
      const html = await response.text();
      expect(html, path).toMatch(/unavailable/i);
      expect(html, path).not.toMatch(STACK);
    }
  });

  test("the outage is logged as one clear line, not a stack per request", async ({ request }) => {
    for (let i = 0; i < 20; i++) await request.get(`${server.url}/api/v1/agreements/us-china-2015?n=${i}`);
    const log = server.output();
    const lines = log.split("\n").filter((l) => l.includes("database unavailable"));
    expect(lines, log).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^pactdiff: database unavailable: .+\. Cached pages are still served; anything else answers 503 until it is back\.$/,
    );
    expect(log).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(log).not.toContain("⨯");
  });
});

/** A TCP relay to PostgreSQL that can cut every connection and refuse new ones, as a restart does. */
class Relay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}
  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }
  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

test.describe("database lost and restored while serving", () => {
  const FAULT_DB = "e2e/.tmp/fault.db";
  let server: SpawnedServer;
  let relay: Relay | undefined;
  let saved: Buffer | undefined;

  test.beforeAll(async () => {
    let url: string;
    if (POSTGRES) {
      const real = new URL(testDatabaseUrl("e2e", "e2e/.tmp"));
      relay = new Relay(3109, { host: real.hostname, port: Number(real.port || 5432) });
      await relay.up();
      real.port = "3109";
      url = real.toString();
    } else {
      copyFileSync(testDatabaseUrl("e2e", "e2e/.tmp").replace(/^file:/, ""), FAULT_DB);
      url = `file:./${FAULT_DB}`;
    }
    server = await spawnServer(3104, { DATABASE_URL: url });
  });
  test.afterAll(async () => {
    await server?.stop();
    await relay?.down();
  });

  async function take(down: boolean): Promise<void> {
    if (POSTGRES) return down ? relay!.down() : relay!.up();
    if (down) {
      saved = readFileSync(FAULT_DB);
      writeFileSync(FAULT_DB, "");
    } else writeFileSync(FAULT_DB, saved!);
  }

  const get = async (request: APIRequestContext, path: string) => {
    const r = await request.get(server.url + path);
    return { status: r.status(), retry: r.headers()["retry-after"], body: await r.text() };
  };

  test("cached pages stay up, the rest answers 503, and it recovers without a restart", async ({ request }) => {
    test.setTimeout(90_000);
    const cached = ["/", "/agreements/us-china-2015", "/compare/us-china-2015/canada-china-2017", "/api/v1/agreements"];
    for (const path of cached) expect((await get(request, path)).status, path).toBe(200);

    await take(true);
    // Pages and the API that need the database: 503 + Retry-After, never 500, never a stack.
    const uncached = [
      "/agreements?q=outage-1",
      "/embed/compare/uk-china-2015/g20-antalya-2015",
      "/api/v1/compare/russia-china-2015/us-russia-2013",
    ];
    await expect.poll(async () => (await get(request, uncached[0]!)).status, { timeout: 10_000 }).toBe(503);
    for (let round = 0; round < 3; round++) {
      for (const path of uncached) {
        const r = await get(request, `${path}${path.includes("?") ? "&" : "?"}round=${round}`);
        expect(r.status, path).toBe(503);
        expect(r.retry, path).toBe("30");
        expect(r.body, path).not.toMatch(STACK);
      }
      for (const path of cached) expect((await get(request, path)).status, `cached ${path}`).toBe(200);
    }

    await take(false);
    // Back without a restart: what needed the database answers again.
    await expect.poll(async () => (await get(request, "/agreements?q=china&after=1")).status, { timeout: 15_000 }).toBe(200);
    for (const path of uncached) expect((await get(request, `${path}${path.includes("?") ? "&" : "?"}after=1`)).status, path).toBe(200);
    expect(server.process.exitCode).toBeNull();
    const lines = server
      .output()
      .split("\n")
      .filter((l) => l.includes("database unavailable"));
    expect(lines.length, server.output()).toBe(1);
    expect(server.output()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
