// The front (server.ts + lib/front) attacked as an outsider would, on loopback: each case here failed on
// the hand-made front it replaced (issue: "A living catalogue that grows").
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { rawRequest } from "./raw-http";

const PAGE = "/compare/us-china-2015/canada-china-2017";
const port = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

function rssMiB(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1]) / 1024;
}
const diskBytes = (dir: string) => Number(execFileSync("du", ["-sb", dir], { encoding: "utf8" }).split("\t")[0]);

test("no unauthenticated request empties or changes the cache", async ({ baseURL }) => {
  const p = port(baseURL);
  // The project before this one re-imports the catalogue as it ends, and the server notices a new version
  // within its 1 s poll: wait until the page is a cache hit twice, with the same ETag, more than a poll apart.
  await expect
    .poll(
      async () => {
        const first = await rawRequest(p, `GET ${PAGE} HTTP/1.1`);
        await new Promise((r) => setTimeout(r, 1_500));
        const second = await rawRequest(p, `GET ${PAGE} HTTP/1.1`);
        return (
          first.headers["x-pactdiff-cache"] === "HIT" &&
          second.headers["x-pactdiff-cache"] === "HIT" &&
          first.headers.etag === second.headers.etag
        );
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const before = await rawRequest(p, `GET ${PAGE} HTTP/1.1`);
  expect(before.headers["x-pactdiff-cache"]).toBe("HIT");
  for (const line of [
    "POST /api/admin/revalidate/../../../agreements/us-china-2015 HTTP/1.1",
    "POST /api/admin/revalidate HTTP/1.1",
    `POST ${PAGE} HTTP/1.1`,
    `PURGE ${PAGE} HTTP/1.1`,
    `DELETE ${PAGE} HTTP/1.1`,
  ]) {
    const r = await rawRequest(p, line, { "content-length": "0", authorization: "Bearer x" });
    expect(r.status, line).toBe(405);
    expect(r.headers.allow, line).toBe("GET, HEAD, OPTIONS");
  }
  const after = await rawRequest(p, `GET ${PAGE} HTTP/1.1`);
  expect(after.headers["x-pactdiff-cache"]).toBe("HIT");
  expect(after.headers.etag).toBe(before.headers.etag);
});

test("a thousand unknown versions render nothing, write nothing and keep memory bounded", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const pid = Number(readFileSync("e2e/.tmp/server.pid", "utf8").trim());
  const dist = ".next-e2e";
  await request.get(PAGE);
  const disk = diskBytes(dist);
  const rss = rssMiB(pid);
  const hex = (i: number) => (0x100000000000 + i * 7919).toString(16).slice(-12);
  for (let i = 0; i < 1000; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: 20 }, (_, j) => request.get(`${baseURL}${PAGE}?v=${hex(i + j)}`, { maxRedirects: 0 })),
    );
    for (const r of batch) expect(r.status()).toBe(404);
  }
  const unknown = await request.get(`/agreements/us-china-2015?v=${hex(1)}`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain("No dataset version has the id");
  // Bounds: nothing written to the build folder; RSS within 64 MiB of where it was.
  expect(diskBytes(dist) - disk).toBe(0);
  // Polled for a few seconds: garbage not yet collected is not growth (seen once after the import tests).
  await expect.poll(() => rssMiB(pid) - rss, { timeout: 10_000, intervals: [500] }).toBeLessThan(64);
});

test("Next's image optimizer is not a door: 500 spellings of /_next/image write nothing and never 5xx", async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const dist = ".next-e2e";
  const disk = diskBytes(dist);
  const targets = ["/og/site", "/data/latest.zip", "/og/ECONNREFUSED", PAGE];
  for (let i = 0; i < 500; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: 25 }, (_, j) => {
        const url = `${targets[(i + j) % targets.length]}${(i + j) % 2 ? `#${i + j}` : `/x/../?n=${i + j}`}`;
        return request.get(`${baseURL}/_next/image?url=${encodeURIComponent(url)}&w=${640 + i + j}&q=75`, { maxRedirects: 0 });
      }),
    );
    for (const r of batch) expect(r.status()).toBe(404);
  }
  expect((await request.get("/_next/data/x.json")).status()).toBe(404);
  expect(diskBytes(dist) - disk).toBe(0);
});

test("an empty Next-Url header is no header: the page comes from the cache, as nginx keys it", async ({ baseURL }) => {
  const p = port(baseURL);
  await rawRequest(p, `GET ${PAGE} HTTP/1.1`);
  const empty = await rawRequest(p, `GET ${PAGE} HTTP/1.1`, { "Next-Url": "" });
  expect(empty.status).toBe(200);
  expect(empty.headers["x-pactdiff-cache"]).toBe("HIT");
  const internal = Object.keys(empty.headers).filter((name) => name.startsWith("x-nextjs") || name.startsWith("x-middleware"));
  expect(internal).toEqual([]);
});

test("no HTML response goes out without the script CSP, whatever the request headers", async ({ baseURL }) => {
  const p = port(baseURL);
  const cases: [string, Record<string, string>][] = [
    [`GET ${PAGE} HTTP/1.1`, { "Next-Url": "/agreements" }],
    [`GET ${PAGE} HTTP/1.1`, { "Next-Action": "0123456789abcdef" }],
    [`GET ${PAGE}?_rsc=abc HTTP/1.1`, {}],
    [`GET ${PAGE} HTTP/1.1`, { "Next-Router-Prefetch": "1" }],
    [`GET ${PAGE} HTTP/1.1`, { RSC: "1" }],
    [`GET / HTTP/1.1`, { Cookie: "a=b" }],
    [`GET /no-such-page HTTP/1.1`, { "Next-Url": "/" }],
    [`OPTIONS ${PAGE} HTTP/1.1`, {}],
    [`GET /bench-reference HTTP/1.1`, {}],
  ];
  for (const [line, headers] of cases) {
    const r = await rawRequest(p, line, headers);
    expect(r.status, line).toBeLessThan(500);
    if ((r.headers["content-type"] ?? "").startsWith("text/html")) {
      expect(r.headers["content-security-policy"], `${line} ${JSON.stringify(headers)}`).toMatch(/script-src 'self'/);
      expect(r.headers["content-security-policy"]).not.toContain("unsafe-inline' 'sha");
    }
    expect(
      Object.keys(r.headers).filter((h) => h.startsWith("x-middleware-")),
      line,
    ).toEqual([]);
  }
});

test("the benchmark's reference page is not served: it exists only in the benchmark's own build", async ({ baseURL }) => {
  const p = port(baseURL);
  for (const method of ["GET", "HEAD"]) {
    const r = await rawRequest(p, `${method} /bench-reference HTTP/1.1`);
    expect(r.status, method).toBe(404);
  }
});

test("Accept-Encoding q=0 is honoured and names are whole tokens", async ({ baseURL }) => {
  const p = port(baseURL);
  for (const [accept, expected] of [
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["xbrx, gzip", "gzip"],
    ["gzip, br", "br"],
  ] as const) {
    const r = await rawRequest(p, `GET ${PAGE} HTTP/1.1`, { "Accept-Encoding": accept });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"], accept).toBe(expected);
  }
});

test("absolute-form targets are served; OPTIONS *, TRACE and unknown methods get 4xx, never 5xx", async ({ baseURL }) => {
  const p = port(baseURL);
  const absolute = await rawRequest(p, `GET http://127.0.0.1:${p}/agreements/us-china-2015 HTTP/1.1`);
  expect(absolute.status).toBe(200);
  expect(absolute.body).toContain("US–China");
  expect((await rawRequest(p, `GET http://127.0.0.1:${p}${PAGE}?view=scope HTTP/1.1`)).status).toBe(200);
  expect((await rawRequest(p, "GET ftp://example.org/x HTTP/1.1")).status).toBe(400);
  expect((await rawRequest(p, "OPTIONS * HTTP/1.1")).status).toBe(400);
  for (const path of ["/", PAGE, "/api/v1/agreements", "/embed/compare/us-china-2015/canada-china-2017"]) {
    const trace = await rawRequest(p, `TRACE ${path} HTTP/1.1`);
    expect(trace.status, path).toBe(405);
    expect(trace.body, path).not.toContain("Host:");
  }
});

test("static assets are compressed once and served from the front's cache, immutable; a missing one is a 404 never kept", async ({
  baseURL,
  request,
}) => {
  const p = port(baseURL);
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(2);
  for (const asset of assets) {
    const first = await rawRequest(p, `GET ${asset} HTTP/1.1`, { "Accept-Encoding": "gzip, br" });
    expect(first.status, asset).toBe(200);
    const again = await rawRequest(p, `GET ${asset} HTTP/1.1`, { "Accept-Encoding": "gzip, br" });
    expect(again.headers["x-pactdiff-cache"], asset).toBe("HIT");
    expect(again.headers["content-encoding"], asset).toBe("br");
    expect(again.headers["cache-control"], asset).toBe("public, max-age=31536000, immutable");
    expect(again.headers["content-type"], asset).toMatch(/^(application\/javascript|text\/css)/);
    // The front answers no Range request, so it promises none.
    expect(again.headers["accept-ranges"], asset).toBeUndefined();
    // The tag names the br bytes: asked the same way, the front answers 304.
    expect(again.headers.etag, asset).toMatch(/-br"$/);
    const revalidated = await rawRequest(p, `GET ${asset} HTTP/1.1`, {
      "Accept-Encoding": "gzip, br",
      "If-None-Match": again.headers.etag!,
    });
    expect(revalidated.status, asset).toBe(304);
    const plain = await request.get(asset, { headers: { "accept-encoding": "identity" } });
    expect((await plain.body()).length, asset).toBeGreaterThan(Number(again.headers["content-length"]));
  }
  for (let i = 0; i < 2; i++) {
    const missing = await rawRequest(p, "GET /_next/static/chunks/not-a-chunk.js HTTP/1.1");
    expect(missing.status).toBe(404);
    expect(missing.headers["x-pactdiff-cache"]).toBe("BYPASS");
  }
});

test("every script a page runs as it loads asks to be compiled on the streaming thread; the nomodule polyfills do not", async ({
  request,
}) => {
  for (const path of [
    "/",
    "/agreements/us-china-2015",
    "/compare/us-china-2015/canada-china-2017",
    "/provisions/ip-theft",
    "/search?q=theft",
  ]) {
    const html = await (await request.get(path)).text();
    const tags = [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)];
    const loaded = tags.filter((m) => !/\bnoModule\b/i.test(m[0])).map((m) => m[1]!);
    const nomodule = tags.filter((m) => /\bnoModule\b/i.test(m[0])).map((m) => m[1]!);
    expect(loaded.length, path).toBeGreaterThan(3);
    // Compared by their opening bytes only: a failure names the chunk, not its 200 KB.
    const hint = "//# allFunctionsCalledOnLoad\n";
    for (const src of loaded) expect((await (await request.get(src)).text()).slice(0, hint.length), `${path}: ${src}`).toBe(hint);
    for (const src of nomodule) {
      const code = await (await request.get(src)).text();
      expect(code.includes("allFunctionsCalledOnLoad"), `${path}: ${src}`).toBe(false);
    }
  }
});
