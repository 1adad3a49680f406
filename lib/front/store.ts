// The front cache's memory: what server.ts answers from without touching Next.js, like a CDN edge.
//
// Two bounded LRU maps. URLs (many, small) point at bodies by content hash; bodies (few, large) hold the
// identity, gzip and brotli bytes and are shared by every URL with the same content, so a thousand
// spellings of one page (hostile query strings included) cost one compression and one copy. A body
// that no URL points at any more falls out of the byte budget in LRU order.
import { compressBody, type CachedBody } from "../embed/cache";

export type UrlEntry = {
  etag: string;
  headers: Record<string, string>;
  /** Fresh until then; served stale (and refreshed in the background) after it. */
  expires: number;
};
export type Hit = { entry: UrlEntry; body: CachedBody; fresh: boolean };

export class FrontStore {
  private readonly urls = new Map<string, UrlEntry>();
  private readonly bodies = new Map<string, CachedBody & { bytes: number }>();
  private bodyBytes = 0;

  constructor(
    private readonly maxUrls = 20_000,
    private readonly maxBodyBytes = 96 * 1024 * 1024,
  ) {}

  get(url: string, now = Date.now()): Hit | undefined {
    const entry = this.urls.get(url);
    if (!entry) return undefined;
    const body = this.bodies.get(entry.etag);
    if (!body) {
      this.urls.delete(url);
      return undefined;
    }
    touch(this.urls, url, entry);
    touch(this.bodies, entry.etag, body);
    return { entry, body, fresh: entry.expires > now };
  }

  /** Stores a 200 response; the body is compressed only when no URL already holds the same bytes. */
  put(url: string, identity: Uint8Array, headers: Record<string, string>, ttlMs: number, now = Date.now()): Hit {
    const compressed = compressBody(identity, (etag) => this.bodies.get(etag));
    let body = this.bodies.get(compressed.etag);
    if (!body) {
      const bytes = compressed.bodies.identity.byteLength + compressed.bodies.gzip.byteLength + compressed.bodies.br.byteLength;
      body = { ...compressed, bytes };
      this.bodies.set(compressed.etag, body);
      this.bodyBytes += bytes;
      while (this.bodyBytes > this.maxBodyBytes && this.bodies.size > 1) {
        const [oldest, old] = this.bodies.entries().next().value as [string, CachedBody & { bytes: number }];
        this.bodies.delete(oldest);
        this.bodyBytes -= old.bytes;
      }
    }
    const entry: UrlEntry = { etag: body.etag, headers, expires: now + ttlMs };
    this.urls.delete(url);
    this.urls.set(url, entry);
    while (this.urls.size > this.maxUrls) this.urls.delete(this.urls.keys().next().value as string);
    return { entry, body, fresh: true };
  }

  /** Keeps a URL's stored body for another period (a refresh that found the same bytes). */
  extend(url: string, ttlMs: number, now = Date.now()): void {
    const entry = this.urls.get(url);
    if (entry) entry.expires = now + ttlMs;
  }

  delete(url: string): void {
    this.urls.delete(url);
  }

  clear(): void {
    this.urls.clear();
    this.bodies.clear();
    this.bodyBytes = 0;
  }

  get size(): { urls: number; bodies: number; bytes: number } {
    return { urls: this.urls.size, bodies: this.bodies.size, bytes: this.bodyBytes };
  }
}

function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
}

const UNPINNED_TTL_MS = 10_000;
const PINNED_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * How long the front cache may keep a 200 response, or null when it must not: only responses that say
 * they are shared-cacheable (public or s-maxage, not private/no-store) and set no cookie. Pinned
 * dataset versions (?v=…) never change and stay a day; everything else ten seconds (a successful
 * POST /api/admin/revalidate also empties the cache at once).
 */
export function frontTtl(url: string, status: number, cacheControl: string | null, setsCookie: boolean): number | null {
  if (status !== 200 || setsCookie || !cacheControl) return null;
  const cc = cacheControl.toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(cc)) return null;
  if (!/\b(public|s-maxage=\d+)\b/.test(cc)) return null;
  const pinned = /[?&]v=[0-9a-f]{12}(?:&|$)/.test(url);
  return pinned ? PINNED_TTL_MS : UNPINNED_TTL_MS;
}

// Requests Next.js answers differently from a plain page load (client navigation and prefetch payloads,
// server actions): never from the front cache.
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

/** Whether a request goes through the front (cache or relay) at all, rather than straight to Next.js. */
export function throughFront(method: string | undefined, url: string, headers: Record<string, string | string[] | undefined>): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (url.startsWith("/_next/")) return false;
  // The benchmark's reference page measures Next.js itself (app/bench-reference).
  if (url === "/bench-reference" || url.startsWith("/bench-reference?")) return false;
  if (/[?&]_rsc=/.test(url)) return false;
  return !NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined);
}
