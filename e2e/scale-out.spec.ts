// The scale-out recipe as it is deployed: two instances on one database (PostgreSQL on CI's second pass,
// the SQLite file on the first) behind nginx with the tracked deploy/nginx.conf. A new import is seen
// through nginx within seconds, with nothing notified; hostile requests cannot put a copy without the script
// CSP (or a client-navigation payload) into the shared cache; Accept-Encoding is normalised correctly.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { resetTestDatabase } from "../test/databases";
import { renderNginxConf } from "../scripts/render-nginx";
import { rawRequest } from "./raw-http";
import { spawnServer, type SpawnedServer } from "./spawn-server";

const FRONT = 3110;
const PORTS = [3111, 3112];
const WORK = "e2e/.tmp/nginx";
const CATALOGUE = "e2e/.tmp/catalogue-scale";
const SLUG = "e2e-scale-newcomer";
const PAGE = "/compare/us-china-2015/canada-china-2017";

let databaseUrl: string;
let instances: SpawnedServer[] = [];
let nginx: ChildProcess | undefined;

function run(args: string[]): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  databaseUrl = await resetTestDatabase("scale", "e2e/.tmp");
  run(["scripts/db-setup.ts"]);
  instances = await Promise.all(
    PORTS.map((port) => spawnServer(port, { DATABASE_URL: databaseUrl, HOSTNAME: "127.0.0.1", SITE_URL: `http://127.0.0.1:${FRONT}` })),
  );
  rmSync(WORK, { recursive: true, force: true });
  for (const dir of [WORK, `${WORK}/tmp`, `${WORK}/cache`]) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777); // nginx's workers run as an unprivileged user when it is started as root
  }
  writeFileSync(
    `${WORK}/nginx.conf`,
    renderNginxConf(
      WORK,
      `127.0.0.1:${FRONT}`,
      PORTS.map((p) => `127.0.0.1:${p}`),
    ),
  );
  const bin = ["/usr/sbin/nginx", "nginx"].find((b) => spawnSync(b, ["-v"]).status === 0);
  expect(bin, "nginx is installed (scripts/ensure-tools.sh)").toBeTruthy();
  nginx = spawn(bin!, ["-c", `${process.cwd()}/${WORK}/nginx.conf`, "-e", `${process.cwd()}/${WORK}/nginx-error.log`], { stdio: "ignore" });
  await expect
    .poll(async () => (await rawRequest(FRONT, "GET /agreements HTTP/1.1").catch(() => ({ status: 0 }))).status, { timeout: 20_000 })
    .toBe(200);
});

test.afterAll(async () => {
  nginx?.kill("SIGTERM");
  await Promise.all(instances.map((s) => s.stop()));
  rmSync(CATALOGUE, { recursive: true, force: true });
});

test("a new import is seen through nginx, and on each instance, within 10 s", async () => {
  test.setTimeout(90_000);
  // Warm nginx's cache and both instances' caches on the old version.
  for (let i = 0; i < 4; i++) {
    for (const path of ["/", "/agreements", PAGE, "/api/v1/agreements"]) await rawRequest(FRONT, `GET ${path} HTTP/1.1`);
  }
  expect((await rawRequest(FRONT, `GET /agreements/${SLUG} HTTP/1.1`)).status).toBe(404);

  rmSync(CATALOGUE, { recursive: true, force: true });
  cpSync("prisma/catalogue", CATALOGUE, { recursive: true });
  const uk = readFileSync(`${CATALOGUE}/agreements/uk-china-2015.yaml`, "utf8");
  writeFileSync(
    `${CATALOGUE}/agreements/${SLUG}.yaml`,
    uk
      .replace(/^slug: .*$/m, `slug: ${SLUG}`)
      .replace(/^shortTitle: .*$/m, "shortTitle: Scale Newcomer")
      // The home page lists the most recent documents: the newcomer is dated to be one of them.
      .replace(/^date: .*$/m, "date: 2026-01-15"),
  );
  expect(run(["scripts/import-catalogue.ts", "--dir", CATALOGUE])).toContain("Imported dataset version");
  const start = Date.now();

  await expect
    .poll(async () => (await rawRequest(FRONT, `GET /agreements/${SLUG} HTTP/1.1`)).status, { timeout: 10_000, intervals: [200] })
    .toBe(200);
  for (const path of ["/", "/agreements", "/api/v1/agreements"]) {
    await expect
      .poll(async () => (await rawRequest(FRONT, `GET ${path} HTTP/1.1`)).body, {
        timeout: Math.max(1, 10_000 - (Date.now() - start)),
        intervals: [200],
      })
      .toContain(path.startsWith("/api") ? SLUG : "Scale Newcomer");
  }
  expect(Date.now() - start).toBeLessThan(10_000);
  for (const path of [
    `/compare/${SLUG}/us-china-2015`,
    `/embed/compare/${SLUG}/us-china-2015`,
    `/api/v1/agreements/${SLUG}`,
    `/api/v1/compare/${SLUG}/us-china-2015?format=csv`,
  ]) {
    const r = await rawRequest(FRONT, `GET ${path} HTTP/1.1`);
    expect(r.status, path).toBe(200);
    expect(r.body, path).toContain("Scale Newcomer");
  }
  // Each instance noticed it by itself.
  for (const port of PORTS) expect((await rawRequest(port, `GET /agreements/${SLUG} HTTP/1.1`)).status, `instance ${port}`).toBe(200);
});

test("hostile requests cannot poison nginx's cache", async () => {
  const attempts: [string, Record<string, string>][] = [
    [`GET ${PAGE} HTTP/1.1`, { "Next-Url": "/agreements" }],
    [`GET ${PAGE} HTTP/1.1`, { "Next-Action": "0123456789abcdef" }],
    [`GET ${PAGE} HTTP/1.1`, { RSC: "1" }],
    [`GET ${PAGE} HTTP/1.1`, { "Next-Router-Prefetch": "1", RSC: "1" }],
    [`GET ${PAGE} HTTP/1.1`, { "Next-Router-Segment-Prefetch": "/_tree" }],
    [`GET ${PAGE}?_rsc HTTP/1.1`, {}],
    [`GET ${PAGE}?_rsc=x HTTP/1.1`, {}],
    [`POST ${PAGE} HTTP/1.1`, { "content-length": "0" }],
    [`GET ${PAGE} HTTP/1.1`, { Cookie: "session=1" }],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [line, headers] of attempts) {
      const r = await rawRequest(FRONT, line, headers);
      expect(r.status, line).toBeLessThan(500);
      if ((r.headers["content-type"] ?? "").startsWith("text/html"))
        expect(r.headers["content-security-policy"], line).toContain("script-src 'self'");
    }
    // A plain load gets the page itself, with a CSP that allows exactly its inline scripts.
    const plain = await rawRequest(FRONT, `GET ${PAGE} HTTP/1.1`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toContain("text/html");
    const body = plain.body;
    const hashes = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\bsrc=/.test(m[1]!))
      .map((m) => `'sha256-${createHash("sha256").update(m[2]!, "utf8").digest("base64")}'`);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(plain.headers["content-security-policy"]).toContain(hash);
    expect(body).toContain("<!DOCTYPE html>");
  }
});

test("nginx normalises Accept-Encoding: q=0 honoured, whole tokens only", async () => {
  for (const [accept, expected] of [
    ["br;q=0, gzip", "gzip"],
    ["br; q=0.000, gzip;q=0.5", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["xbrx, gzip", "gzip"],
    ["gzip, br", "br"],
    ["identity", undefined],
  ] as const) {
    const r = await rawRequest(FRONT, `GET ${PAGE} HTTP/1.1`, { "Accept-Encoding": accept });
    expect(r.status, accept).toBe(200);
    expect(r.headers["content-encoding"], accept).toBe(expected);
  }
});

test("SIGTERM to one instance under load through nginx: no 502, no reset, every request answered", async () => {
  test.setTimeout(60_000);
  // Uncached searches (each a new URL, so nginx passes each to an instance), with the first instance stopped
  // while they are in flight; nginx's keep-alive connections to it must not turn into 502s.
  const ask = (i: number) =>
    rawRequest(FRONT, `GET /search?q=cyber${i % 2 ? "" : "+theft"}&page=${(i % 5) + 1}&stop=${i} HTTP/1.1`)
      .then((r) => String(r.status))
      .catch((error: NodeJS.ErrnoException) => `error ${error.code ?? error.message}`);
  const first = Array.from({ length: 60 }, (_, i) => ask(i));
  await new Promise((r) => setTimeout(r, 30));
  const stopping = instances[0]!;
  const exited = new Promise<number | null>((resolve) => stopping.process.once("exit", resolve));
  stopping.process.kill("SIGTERM");
  // More requests while it stops: nginx sends them to the instance still running.
  const during = Array.from({ length: 60 }, (_, i) => ask(100 + i));
  const statuses = await Promise.all([...first, ...during]);
  expect(statuses.filter((s) => s !== "200")).toEqual([]);
  expect(await exited).toBe(0);
  const after = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(200 + i)));
  expect(after.filter((s) => s !== "200")).toEqual([]);
});
