// Embeds are the high-traffic path. The route handler renders each distinct embed (version, slugs, view,
// diff, theme, rows) once and keeps its bytes and ETag (renderedBody); server.ts's front cache keeps the
// identity, gzip and brotli bodies of each URL (compressBody), so a hit costs a map lookup.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";
export type CachedBody = { etag: string; bodies: Record<Encoding, Uint8Array<ArrayBuffer>> };
export type RenderedBody = { etag: string; identity: Uint8Array<ArrayBuffer> };

const MAX_ENTRIES = 1_000;
const entries = new Map<string, RenderedBody>();

const etagOf = (bytes: Uint8Array) => `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`;

/**
 * The identity, gzip and brotli bodies of a text, with one ETag for all three. `known` may hand back an
 * already compressed body with the same ETag, which then is not compressed again.
 */
export function compressBody(content: string | Uint8Array, known?: (etag: string) => CachedBody | undefined): CachedBody {
  const identity = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const etag = etagOf(identity);
  const existing = known?.(etag);
  if (existing) return existing;
  return {
    etag,
    // Copied once into plain Uint8Arrays, which a Response takes as they are.
    bodies: {
      identity: new Uint8Array(identity),
      gzip: new Uint8Array(gzipSync(identity, { level: 9 })),
      br: new Uint8Array(brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } })),
    },
  };
}

export async function renderedBody(key: string, build: () => Promise<string | null>): Promise<RenderedBody | null> {
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const html = await build();
  if (html === null) return null;
  const identity = new Uint8Array(Buffer.from(html, "utf8"));
  const body = { etag: etagOf(identity), identity };
  entries.set(key, body);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? key);
  return body;
}

export function clearEmbedCache(): void {
  entries.clear();
}

/** The best encoding the client accepts (q=0 excluded), brotli first. */
export function negotiateEncoding(accept: string | null): Encoding {
  const offered = new Map<string, number>();
  for (const part of (accept ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    offered.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : "identity";
}
