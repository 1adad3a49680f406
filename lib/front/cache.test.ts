import { readFileSync } from "node:fs";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressBody, FrontCache, HITS_FOR_BEST } from "./cache";

const page = (n: number, size = 2_000) => new Uint8Array(Buffer.from(`<p>page ${n}</p>${"x".repeat(size)}`));

describe("FrontCache", () => {
  it("keeps identity, gzip and brotli bodies that decode to the same bytes, with one ETag", async () => {
    const cache = new FrontCache();
    const hit = await cache.put(FrontCache.key("aaaaaaaaaaaa", "/a"), 200, { "content-type": "text/html" }, page(1));
    expect(hit.body.etag).toMatch(/^"[\w-]{27}"$/);
    expect(gunzipSync(hit.body.bodies.gzip).equals(hit.body.bodies.identity)).toBe(true);
    expect(brotliDecompressSync(hit.body.bodies.br).equals(hit.body.bodies.identity)).toBe(true);
    expect(cache.get(FrontCache.key("aaaaaaaaaaaa", "/a"))?.entry.headers["content-type"]).toBe("text/html");
  });

  it("is keyed by dataset version: another version is a miss, nothing is cleared", async () => {
    const cache = new FrontCache();
    await cache.put(FrontCache.key("v1v1v1v1v1v1", "/compare/a/b"), 200, {}, page(1));
    expect(cache.get(FrontCache.key("v2v2v2v2v2v2", "/compare/a/b"))).toBeUndefined();
    expect(cache.get(FrontCache.key("v1v1v1v1v1v1", "/compare/a/b"))).toBeDefined();
  });

  it("shares one body between URLs with the same bytes", async () => {
    const cache = new FrontCache();
    for (let i = 0; i < 50; i++) await cache.put(FrontCache.key("v", `/compare/a/b?junk=${i}`), 200, {}, page(1));
    expect(cache.size.entries).toBe(50);
    expect(cache.size.bodies).toBe(1);
  });

  it("stays within its byte and entry bounds, dropping the least recently used", async () => {
    const cache = new FrontCache({ maxEntries: 30, maxBodyBytes: 40_000 });
    for (let i = 0; i < 100; i++) await cache.put(FrontCache.key("v", `/p/${i}`), 200, {}, page(i, 4_000 + i));
    expect(cache.size.bytes).toBeLessThanOrEqual(40_000);
    expect(cache.size.entries).toBeLessThanOrEqual(30);
    expect(cache.get(FrontCache.key("v", "/p/0"))).toBeUndefined();
    expect(cache.get(FrontCache.key("v", "/p/99"))).toBeDefined();
  });

  it("compresses a large body without blocking the event loop", async () => {
    const big = new Uint8Array(Buffer.from(Array.from({ length: 60_000 }, (_, i) => `word${i % 977} `).join("")));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await compressBody(big, true);
    clearInterval(timer);
    // Brotli at quality 11 on ~500 KB takes hundreds of milliseconds; the loop kept turning meanwhile.
    expect(ticks).toBeGreaterThan(5);
  });
});

describe("compression levels", () => {
  it("compresses fast on the way in and at the highest levels once a body is popular, keeping its ETag", async () => {
    const cache = new FrontCache();
    const text = new Uint8Array(readFileSync("README.md"));
    const key = FrontCache.key("v", "/popular");
    const first = await cache.put(key, 200, {}, text);
    expect(first.body.best).toBe(false);
    const fastBr = first.body.bodies.br.byteLength;
    for (let i = 0; i < HITS_FOR_BEST; i++) cache.get(key);
    await expect.poll(() => cache.get(key)?.body.best, { timeout: 10_000 }).toBe(true);
    const hit = cache.get(key)!;
    expect(hit.body.etag).toBe(first.body.etag);
    expect(hit.body.bodies.br.byteLength).toBeLessThan(fastBr);
    expect(brotliDecompressSync(hit.body.bodies.br).equals(hit.body.bodies.identity)).toBe(true);
    expect(gunzipSync(hit.body.bodies.gzip).equals(hit.body.bodies.identity)).toBe(true);
  });
});
