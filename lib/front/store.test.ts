import { describe, expect, it } from "vitest";
import { FrontStore, frontTtl, throughFront } from "./store";

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe("FrontStore", () => {
  it("shares one compressed body between URLs with the same bytes", () => {
    const store = new FrontStore();
    const a = store.put("/a", bytes("<p>same</p>".repeat(50)), { "content-type": "text/html" }, 1000, 0);
    const b = store.put("/a?x=1", bytes("<p>same</p>".repeat(50)), { "content-type": "text/html" }, 1000, 0);
    expect(b.body).toBe(a.body);
    expect(store.size).toMatchObject({ urls: 2, bodies: 1 });
  });

  it("serves stale after the TTL, and forgets nothing until evicted", () => {
    const store = new FrontStore();
    store.put("/p", bytes("x"), {}, 1000, 0);
    expect(store.get("/p", 500)?.fresh).toBe(true);
    expect(store.get("/p", 1500)?.fresh).toBe(false);
    store.extend("/p", 1000, 1500);
    expect(store.get("/p", 2000)?.fresh).toBe(true);
  });

  it("stays within its URL count and byte budget, evicting the least recently used", () => {
    const store = new FrontStore(3, 64 * 1024);
    for (let i = 0; i < 10; i++) store.put(`/u${i}`, bytes(`<p>${i}</p>`.repeat(2000 + i)), {}, 1000, 0);
    expect(store.size.urls).toBeLessThanOrEqual(3);
    expect(store.size.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(store.get("/u9", 0)).toBeDefined();
    expect(store.get("/u0", 0)).toBeUndefined();
  });

  it("empties on clear", () => {
    const store = new FrontStore();
    store.put("/p", bytes("x"), {}, 1000, 0);
    store.clear();
    expect(store.get("/p", 0)).toBeUndefined();
    expect(store.size).toEqual({ urls: 0, bodies: 0, bytes: 0 });
  });
});

describe("frontTtl", () => {
  it("keeps shared-cacheable 200s only", () => {
    expect(frontTtl("/compare/a/b", 200, "s-maxage=300, stale-while-revalidate=31535700", false)).toBe(10_000);
    expect(frontTtl("/api/v1/agreements", 200, "public, max-age=60", false)).toBe(10_000);
    expect(frontTtl("/compare/a/b?v=0123456789ab", 200, "public, max-age=31536000, immutable", false)).toBe(86_400_000);
    expect(frontTtl("/agreements?q=x", 200, "private, no-cache, no-store, max-age=0, must-revalidate", false)).toBeNull();
    expect(frontTtl("/x", 404, "public, max-age=60", false)).toBeNull();
    expect(frontTtl("/x", 200, "public", true)).toBeNull();
    expect(frontTtl("/x", 200, null, false)).toBeNull();
    expect(frontTtl("/x", 200, "max-age=60", false)).toBeNull();
  });
});

describe("throughFront", () => {
  it("takes page loads and leaves Next's own requests alone", () => {
    expect(throughFront("GET", "/compare/a/b", {})).toBe(true);
    expect(throughFront("HEAD", "/", {})).toBe(true);
    expect(throughFront("POST", "/api/admin/revalidate", {})).toBe(false);
    expect(throughFront("GET", "/_next/static/chunks/a.js", {})).toBe(false);
    expect(throughFront("GET", "/bench-reference", {})).toBe(false);
    expect(throughFront("GET", "/compare/a/b?_rsc=1x", {})).toBe(false);
    expect(throughFront("GET", "/compare/a/b", { rsc: "1" })).toBe(false);
    expect(throughFront("GET", "/compare/a/b", { "next-router-prefetch": "1" })).toBe(false);
  });
});
