// The front: what server.ts does with a page load or a static asset before (or instead of) Next.js. A GET
// or HEAD without credentials or Next.js client-navigation headers is fetched from Next.js over loopback once
// per dataset version and then answered from the cache (./cache.ts): precompressed bodies, ETag, 304. Anything else
// that reaches it is relayed: fetched with the visitor's headers, given the page policy, never kept.
// A page Next.js could not render is answered with a page of our own: 503 + Retry-After while the database
// is down, else 500; never Next's empty shell or a stack.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { renderServicePage } from "../error-page";
import { lastVersionState, versionState } from "../runtime/dataset-version";
import { RETRY_AFTER_SECONDS, databaseOutageActive } from "../runtime/outage";
import { FrontCache, type Hit } from "./cache";
import { CACHE_CONTROL, notModified } from "../http-cache";
import { pageCsp, withHtmlPolicy } from "./headers";
import type { Loopback } from "./loopback";
import { negotiateEncoding } from "./negotiate";
import { singleFlight } from "../runtime/process-state";

const gzipFast = promisify(gzip);
const brotliFast = promisify(brotliCompress);

// Headers of Next's response that are not the front's to repeat: it sets its own length, encoding,
// validators and Vary, and answers no Range request (a static asset's Accept-Ranges would promise one);
// hop-by-hop headers never travel on; internal routing headers stay inside. A relayed answer keeps the
// route's own ETag (a data package's, a download's) and the front answers 304 to a client that holds it.
const DROPPED =
  /^(connection|keep-alive|transfer-encoding|content-length|content-encoding|accept-ranges|date|etag|vary|x-powered-by|set-cookie|x-nextjs-.*|x-middleware-.*)$/;
// Requests Next.js answers differently from a plain page load (client navigation and prefetch payloads,
// server actions): never answered from the cache.
export const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];

type Relay = { status: number; headers: Record<string, string>; setCookies: string[]; body: Uint8Array };
type Fetched = { kind: "cached"; hit: Hit } | ({ kind: "relay" } & Relay);

/** Whether a GET/HEAD may be answered from (and fill) the shared cache. */
export function shareable(url: string, headers: IncomingMessage["headers"]): boolean {
  if (headers.cookie || headers.authorization || /[?&]_rsc(=|&|$)/.test(url)) return false;
  return !NEXT_REQUEST_HEADERS.some((name) => headers[name] !== undefined);
}

export class Front {
  readonly cache = new FrontCache();
  /** One fill per cache key however many ask at once. */
  private readonly filling = singleFlight<Fetched>();

  constructor(
    private readonly loopback: Pick<Loopback, "origin" | "fetch">,
    private readonly fill: { header: string; token: string },
  ) {}

  async serve(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    if (!shareable(url, req.headers))
      return this.send(req, res, await this.fetchFromNext(url, forwardedHeaders(req, this.fill.header), null), "BYPASS");
    const state = lastVersionState() ?? (await versionState().catch(() => null));
    // Keyed by epoch (version + when it became current): an older version made current again re-renders
    // the pages that tell the history (changelog, feeds) instead of serving their copies from before.
    const version = state?.epoch ?? null;
    const key = FrontCache.key(version, url);
    const hit = this.cache.get(key);
    if (hit) return this.send(req, res, { kind: "cached", hit }, "HIT");
    this.send(req, res, await this.filling(key, () => this.fetchFromNext(url, {}, { key, version })), "MISS");
  }

  /** Loads a URL from Next.js; keeps a 200 in the cache when it may be shared and the version did not change meanwhile. */
  private async fetchFromNext(
    url: string,
    forwarded: Record<string, string>,
    keep: { key: string; version: string | null } | null,
  ): Promise<Fetched> {
    const response = await this.loopback.fetch(`${this.loopback.origin}${url}`, {
      headers: { ...forwarded, "accept-encoding": "identity", [this.fill.header]: this.fill.token },
      redirect: "manual",
    });
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status >= 500 && isNextErrorShell(response, body)) return serverErrorPage(response.status);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!DROPPED.test(name)) headers[name] = value;
    });
    const etag = response.headers.get("etag");
    const setCookies = response.headers.getSetCookie();
    const policy = withHtmlPolicy(headers, body);
    const stillCurrent = keep !== null && (lastVersionState()?.epoch ?? null) === keep.version;
    // An answer that says it must not be shared (a citation's access date) is relayed, never kept. Pages
    // are the exception: Next.js marks every dynamic page "private"; they are kept per version below.
    // Archives (data packages) are already compressed and kept by their route: relayed as they are.
    const unshared =
      (!/^text\/html/.test(headers["content-type"] ?? "") && /\b(private|no-store)\b/.test(headers["cache-control"] ?? "")) ||
      /^application\/zip/.test(headers["content-type"] ?? "");
    if (response.status !== 200 || setCookies.length > 0 || !stillCurrent || unshared)
      return { kind: "relay", status: response.status, headers: etag ? { ...policy, etag } : policy, setCookies, body };
    // Pages say "private" (Next.js renders them on request); they are public data, cached per version.
    if (!/\bpublic\b/.test(policy["cache-control"] ?? "")) policy["cache-control"] = CACHE_CONTROL.live;
    return { kind: "cached", hit: await this.cache.put(keep.key, 200, policy, body) };
  }

  /** X-Pactdiff-Cache tells operators (and the tests) what the front did: HIT, MISS (filled now) or BYPASS. */
  private send(req: IncomingMessage, res: ServerResponse, fetched: Fetched, status: "HIT" | "MISS" | "BYPASS"): void {
    res.setHeader("x-pactdiff-cache", fetched.kind === "cached" ? status : "BYPASS");
    if (fetched.kind === "cached") return sendCached(req, res, fetched.hit);
    void sendRelayed(req, res, fetched).catch(() => res.destroy());
  }
}

function sendCached(req: IncomingMessage, res: ServerResponse, { entry, body }: Hit): void {
  const encoding = negotiateEncoding(req.headers["accept-encoding"]);
  const etag = encodedEtag(body.etag, encoding);
  const headers: Record<string, string | number> = { ...entry.headers, etag, vary: "Accept-Encoding" };
  if (notModified(req.headers, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const bytes = body.bodies[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = bytes.byteLength;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/**
 * The ETag of a body sent in an encoding. A strong ETag names one representation's bytes (RFC 9110, 8.8.3),
 * and a compressed body is other bytes: the encoding joins the tag ("abc" → "abc-br"), so a cache never
 * takes the gzip bytes for the identity ones, and ranges stay possible. A weak ETag, which only claims the
 * same meaning, is kept as it is.
 */
export function encodedEtag(etag: string, encoding: string): string {
  if (encoding === "identity" || etag.startsWith("W/") || !/^".*"$/.test(etag)) return etag;
  return `${etag.slice(0, -1)}-${encoding}"`;
}

/** Relayed bodies are answered once, so they are compressed fast rather than small (off the event loop). */
async function sendRelayed(req: IncomingMessage, res: ServerResponse, fetched: Relay): Promise<void> {
  const headers: Record<string, string | number | string[]> = { ...fetched.headers };
  if (fetched.setCookies.length > 0) headers["set-cookie"] = fetched.setCookies;
  let bytes: Uint8Array = fetched.body;
  const textual = /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(fetched.headers["content-type"] ?? "");
  const negotiated = textual && bytes.byteLength > 1024;
  const encoding = negotiated ? negotiateEncoding(req.headers["accept-encoding"]) : "identity";
  if (negotiated) headers.vary = "Accept-Encoding";
  // The route's ETag names its bytes; compressed, they are other bytes, and the ETag says so.
  const etag = fetched.headers.etag === undefined ? undefined : encodedEtag(fetched.headers.etag, encoding);
  if (etag !== undefined) headers.etag = etag;
  // The front asked Next.js without the client's validators (a shared fill): it answers them itself.
  if (fetched.status === 200 && etag && notModified(req.headers, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  if (encoding !== "identity") {
    bytes =
      encoding === "br" ? await brotliFast(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : await gzipFast(bytes, { level: 6 });
    headers["content-encoding"] = encoding;
  }
  headers["content-length"] = bytes.byteLength;
  res.writeHead(fetched.status, headers);
  res.end(req.method === "HEAD" || fetched.status === 304 ? undefined : bytes);
}

/** The request headers a relayed (never cached) request carries on to Next.js. */
function forwardedHeaders(req: IncomingMessage, fillHeader: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "host" || name === "connection" || name === "accept-encoding" || name === fillHeader) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Next's own answer to a failed render or route handler: empty, or an HTML shell with nothing in it. */
function isNextErrorShell(response: Response, body: Uint8Array): boolean {
  if (body.byteLength === 0) return true;
  if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) return false;
  return Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 512)).includes('id="__next_error__"');
}

/** 503 + Retry-After while the database is known to be down, else 500; a page of our own either way. */
function serverErrorPage(status: number): Fetched {
  const outage = status === 503 || databaseOutageActive();
  const html = outage
    ? renderServicePage(
        "Catalogue briefly unavailable",
        `<p class="rule">The catalogue database cannot be reached just now, and this page is not in the cache. Try again in a minute.</p><p>Pages already served recently, such as the <a href="/">home page</a>, still work.</p>`,
      )
    : renderServicePage(
        "Something went wrong",
        `<p class="rule">Something went wrong on our side while preparing this page. It has been logged; try again in a moment.</p><p><a href="/">Back to Pactdiff</a></p>`,
      );
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": pageCsp([]),
    "x-frame-options": "SAMEORIGIN",
  };
  if (outage) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return { kind: "relay", status: outage ? 503 : 500, headers, setCookies: [], body: new Uint8Array(Buffer.from(html, "utf8")) };
}
