// Responses of the read-only API: JSON or CSV with CORS for GET, a strong ETag over the body, and a
// Cache-Control that lets pinned versions be cached for good. A page on another origin may read every
// header a client needs: the download's file name, the licence link, the version, the validator, and how
// long to wait while the database is down (headers outside CORS's short safe list must be exposed).
import { cacheControlFor, etagOf, notModified } from "../http-cache";
import { LICENCE_LINK_HEADER } from "../licence";
import { RETRY_AFTER_SECONDS } from "../runtime/outage";
import { ApiError, toApiError } from "./errors";

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "If-None-Match, Content-Type",
  "access-control-expose-headers": "Content-Disposition, ETag, Link, Retry-After, X-Dataset-Version",
  "access-control-max-age": "86400",
} as const;

type BodyOptions = {
  request: Request;
  contentType: string;
  /** The dataset version answered (X-Dataset-Version); none for what no version shapes (the API's description). */
  version?: string;
  pinned: boolean;
  filename?: string;
  headers?: Record<string, string>;
};

export function sendBody(
  body: string | Uint8Array,
  { request, contentType, version, pinned, filename, headers: extra }: BodyOptions,
): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...extra,
    ...CORS_HEADERS,
    "content-type": contentType,
    etag,
    "cache-control": cacheControlFor(pinned),
    link: LICENCE_LINK_HEADER,
    vary: "Accept-Encoding",
  };
  if (version) headers["x-dataset-version"] = version;
  if (filename) headers["content-disposition"] = `attachment; filename="${filename}"`;
  if (notModified(request.headers, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : typeof body === "string" ? body : Buffer.from(body), { status: 200, headers });
}

export function sendJson(data: unknown, options: Omit<BodyOptions, "contentType">): Response {
  return sendBody(JSON.stringify(data, null, 2), { ...options, contentType: "application/json; charset=utf-8" });
}

export function sendError(error: unknown): Response {
  const e = toApiError(error);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  };
  if (e.status === 503) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify({ error: { code: e.code, message: e.message } }), { status: e.status, headers });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

export { ApiError };
