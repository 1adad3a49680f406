// HTTP caching, once, for the API, the embeds and the pages: the Cache-Control of what is shared, the
// strong ETag of a body, and whether a conditional request may be answered 304 (the `fresh` library, as
// Express uses it: If-None-Match with weak comparison and `*`, a request's `no-cache` forcing a full answer).
import { createHash } from "node:crypto";
import fresh from "fresh";

/**
 * Cache-Control of everything shareable. Pinned (`v=`) representations never change. Live ones may be
 * kept by a shared cache (nginx, a CDN) for a few seconds only, so that a new dataset version reaches
 * every reader within seconds of the instances noticing it; browsers revalidate (ETag, 304).
 */
export const CACHE_CONTROL = {
  pinned: "public, max-age=31536000, immutable",
  live: "public, max-age=0, s-maxage=5, stale-while-revalidate=30",
} as const;

export function cacheControlFor(pinned: boolean): string {
  return pinned ? CACHE_CONTROL.pinned : CACHE_CONTROL.live;
}

/** A strong ETag of the bytes: the same body has the same tag on every instance. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

type RequestHeaders = { "if-none-match"?: string | undefined; "cache-control"?: string | undefined };

/** True when the client already holds the body with this ETag: answer 304 Not Modified without it. */
export function notModified(request: Headers | RequestHeaders, etag: string): boolean {
  const headers: RequestHeaders =
    request instanceof Headers
      ? { "if-none-match": request.get("if-none-match") ?? undefined, "cache-control": request.get("cache-control") ?? undefined }
      : request;
  return fresh(headers, { etag });
}
