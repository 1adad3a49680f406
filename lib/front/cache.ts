// The front's one cache: what server.ts answers from without touching Next.js, like a CDN edge in one
// process. Keys are the dataset version and the URL, so a new version is the invalidation: entries of the
// old one are never asked for again and age out. Nothing else expires or clears it.
//
// Two lru-cache maps. Entries (many, small: key → ETag and headers) point at bodies by content hash;
// bodies (few, large: identity, gzip and brotli bytes) are shared by every URL with the same content, so a
// thousand spellings of one page (hostile query strings included) cost one compression and one copy.
// Bodies are bounded in bytes, entries in number. Compression runs on libuv's thread pool (async zlib), so
// a large page never blocks the event loop. A body is first compressed fast (what a cold request waits for);
// once it has been asked for a few times it is compressed again at the highest levels in the background, so
// popular pages travel smallest while the long tail of pages asked for once costs little CPU.
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { etagOf } from "../http-cache";
import type { Encoding } from "./negotiate";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export type Body = { etag: string; bodies: Record<Encoding, Buffer>; hits: number; best: boolean };
export type Entry = { etag: string; status: number; headers: Record<string, string> };
export type Hit = { entry: Entry; body: Body };

export type FrontCacheLimits = { maxEntries: number; maxBodyBytes: number };
export const DEFAULT_LIMITS: FrontCacheLimits = { maxEntries: 20_000, maxBodyBytes: 96 * 1024 * 1024 };

/** Hits after which a body is compressed again at the highest levels. */
export const HITS_FOR_BEST = 3;

async function compress(input: Buffer, best: boolean): Promise<{ gzip: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(input, { level: best ? 9 : 6 }),
    brotliAsync(input, { params: { [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: input.length } }),
  ]);
  return { gzip: gz, br };
}

/** The identity, gzip and brotli bodies of a response, off the event loop: fast levels, or the highest. */
export async function compressBody(identity: Uint8Array, best = false): Promise<Body> {
  const input = Buffer.from(identity.buffer, identity.byteOffset, identity.byteLength);
  return { etag: etagOf(input), bodies: { identity: Buffer.from(input), ...(await compress(input, best)) }, hits: 0, best };
}

export class FrontCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly bodies: LRUCache<string, Body>;

  constructor(limits: FrontCacheLimits = DEFAULT_LIMITS) {
    this.entries = new LRUCache({ max: limits.maxEntries });
    this.bodies = new LRUCache({
      maxSize: limits.maxBodyBytes,
      sizeCalculation: (b) => Math.max(1, b.bodies.identity.byteLength + b.bodies.gzip.byteLength + b.bodies.br.byteLength),
    });
  }

  static key(version: string | null, url: string): string {
    return `${version ?? "-"} ${url}`;
  }

  get(key: string): Hit | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const body = this.bodies.get(entry.etag);
    if (!body) {
      this.entries.delete(key);
      return undefined;
    }
    if (!body.best && ++body.hits === HITS_FOR_BEST) void this.recompress(body);
    return { entry, body };
  }

  /** Replaces a popular body's compressed bytes with the smallest (same identity bytes, same ETag). */
  private async recompress(body: Body): Promise<void> {
    const smaller = await compress(body.bodies.identity, true).catch(() => null);
    if (!smaller || this.bodies.peek(body.etag) !== body) return;
    body.bodies = { identity: body.bodies.identity, ...smaller };
    body.best = true;
    this.bodies.set(body.etag, body); // its size is counted again
  }

  /** Stores a response; its body is compressed only when no entry already holds the same bytes. */
  async put(key: string, status: number, headers: Record<string, string>, identity: Uint8Array): Promise<Hit> {
    const etag = etagOf(identity);
    let body = this.bodies.get(etag);
    if (!body) {
      body = await compressBody(identity);
      this.bodies.set(etag, body);
    }
    const entry: Entry = { etag, status, headers };
    this.entries.set(key, entry);
    return { entry, body };
  }

  get size(): { entries: number; bodies: number; bytes: number } {
    return { entries: this.entries.size, bodies: this.bodies.size, bytes: this.bodies.calculatedSize };
  }
}
