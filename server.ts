// Production server (`npm start`): Next.js behind a small in-process front, like a CDN edge in one process.
//
// - Every response gets the base security headers (nosniff, Referrer-Policy, Permissions-Policy, COOP) and,
//   when it went out over HTTPS (TLS, or X-Forwarded-Proto from a proxy on this machine), HSTS.
// - Page loads (GET/HEAD, not Next's client-navigation requests) are fetched from Next.js over loopback
//   once, then answered from memory: precompressed gzip/brotli bodies, an ETag, 304s. Only responses that
//   say they are shared-cacheable are kept (lib/front/store.ts): prerendered agreement and comparison
//   pages, embeds, the JSON API, oEmbed. Unpinned URLs are fresh for ten seconds and then served stale
//   while one background request refreshes them; a successful POST /api/admin/revalidate empties the cache.
// - HTML gets a Content-Security-Policy that allows exactly the page's own inline scripts by hash, computed
//   once per body (lib/front/security.ts); embeds keep their own policy. Responses that may not be cached
//   (dynamic pages, errors) are relayed with the same headers.
// - A path with a malformed %-escape is answered 400 here (Next.js would answer a bare 500).
// - Database down: cached and prerendered pages go on being served (stale entries are kept while refreshes
//   fail); a page Next.js could not render is answered 503 with Retry-After (500 for anything else), in a
//   page of our own; Next's per-request error logs about the outage become one line a minute (lib/outage.ts).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import next from "next";
import { renderServicePage } from "./lib/compare/error-page";
import { negotiateEncoding } from "./lib/embed/cache";
import { env } from "./lib/env";
import { RETRY_AFTER_SECONDS, databaseOutageActive, isDatabaseUnavailable, reportDatabaseUnavailable } from "./lib/outage";
import { BASE_SECURITY_HEADERS, HSTS, hasScriptPolicy, inlineScriptHashes, pageCsp, servedOverHttps } from "./lib/front/security";
import { FrontStore, frontTtl, throughFront, type Hit } from "./lib/front/store";

const { PORT: port, HOSTNAME: hostname } = env();
// Marks the front's own loopback request, which must reach Next.js rather than come back to the front.
// A per-process secret, so that a client sending the header gets no special treatment.
const FILL_HEADER = "x-pactdiff-front-fill";
const FILL_TOKEN = randomUUID();
const MAX_URL_LENGTH = 4096;
const STALE_RETRY_MS = 10_000;
// Headers of Next's response that are not the front's to repeat: it sets its own length, encoding,
// validators and Vary, and hop-by-hop headers never travel on.
const DROPPED_HEADERS = new Set([
  "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "etag", "vary", "x-powered-by",
]);

const store = new FrontStore();
const filling = new Map<string, Promise<Fetched>>();

type Fetched =
  | { kind: "cached"; hit: Hit }
  | { kind: "relay"; status: number; headers: Record<string, string>; setCookies: string[]; body: Uint8Array };

/** The headers to keep of Next's response, with the page CSP computed for HTML. */
function keptHeaders(response: Response, body: Uint8Array): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name) && name !== "set-cookie" && !name.startsWith("x-nextjs-")) headers[name] = value;
  });
  const type = headers["content-type"] ?? "";
  if (type.startsWith("text/html") && !hasScriptPolicy(headers["content-security-policy"])) {
    headers["content-security-policy"] = pageCsp(inlineScriptHashes(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8")));
  }
  return headers;
}

/** Loads a URL from Next.js over loopback; keeps it when it may be shared, else hands it back to relay. */
async function fetchFromNext(url: string, forwarded: Record<string, string>): Promise<Fetched> {
  const response = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { ...forwarded, "accept-encoding": "identity", [FILL_HEADER]: FILL_TOKEN },
    redirect: "manual",
  });
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status >= 500 && isNextErrorShell(response, body)) return serverErrorPage(response.status);
  const headers = keptHeaders(response, body);
  const setCookies = response.headers.getSetCookie();
  const ttl = frontTtl(url, response.status, response.headers.get("cache-control"), setCookies.length > 0);
  if (ttl === null || Object.keys(forwarded).length > 0) return { kind: "relay", status: response.status, headers, setCookies, body };
  return { kind: "cached", hit: store.put(url, body, headers, ttl) };
}

/** Next's own answer to a failed render or route handler: empty, or an HTML shell with nothing in it. */
function isNextErrorShell(response: Response, body: Uint8Array): boolean {
  if (body.byteLength === 0) return true;
  if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) return false;
  return Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 512)).includes('id="__next_error__"');
}

/**
 * What a page that Next.js could not render is answered with: 503 + Retry-After while the database is
 * known to be down, else 500; in both cases a page of our own (Next's is an empty shell), never a stack.
 */
function serverErrorPage(status: number): Extract<Fetched, { kind: "relay" }> {
  const outage = status === 503 || databaseOutageActive();
  const html = outage
    ? renderServicePage("Catalogue briefly unavailable", `<p class="rule">The catalogue database cannot be reached just now, and this page is not in the cache. Try again in a minute.</p><p>Pages already served recently, such as the <a href="/">home page</a>, still work.</p>`)
    : renderServicePage("Something went wrong", `<p class="rule">Something went wrong on our side while preparing this page. It has been logged; try again in a moment.</p><p><a href="/">Back to Pactdiff</a></p>`);
  const body = new Uint8Array(Buffer.from(html, "utf8"));
  const headers: Record<string, string> = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": pageCsp([]),
    "x-frame-options": "SAMEORIGIN",
  };
  if (outage) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return { kind: "relay", status: outage ? 503 : 500, headers, setCookies: [], body };
}

/** One loopback request per URL at a time; everyone asking meanwhile shares its answer. */
function fillOnce(url: string): Promise<Fetched> {
  let pending = filling.get(url);
  if (!pending) {
    pending = fetchFromNext(url, {}).finally(() => filling.delete(url));
    filling.set(url, pending);
  }
  return pending;
}

function sendCached(req: IncomingMessage, res: ServerResponse, { entry, body }: Hit): void {
  const headers: Record<string, string | number> = { ...entry.headers, etag: body.etag, vary: "Accept-Encoding" };
  const match = req.headers["if-none-match"];
  if (match && match.split(",").some((tag) => tag.trim() === body.etag || tag.trim() === "*")) {
    res.writeHead(304, headers).end();
    return;
  }
  const encoding = negotiateEncoding(req.headers["accept-encoding"] ?? null);
  const bytes = body.bodies[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = bytes.byteLength;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : bytes);
}

function sendRelayed(req: IncomingMessage, res: ServerResponse, fetched: Extract<Fetched, { kind: "relay" }>): void {
  const headers: Record<string, string | number | string[]> = { ...fetched.headers };
  if (fetched.setCookies.length > 0) headers["set-cookie"] = fetched.setCookies;
  let bytes = fetched.body;
  // Relayed bodies are answered once, so they are compressed fast rather than small.
  const textual = /^(text\/|application\/(json|javascript|xml))/.test(fetched.headers["content-type"] ?? "");
  const encoding = textual && bytes.byteLength > 1024 ? negotiateEncoding(req.headers["accept-encoding"] ?? null) : "identity";
  if (encoding !== "identity") {
    bytes = encoding === "br" ? brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(bytes, { level: 6 });
    headers["content-encoding"] = encoding;
    headers.vary = "Accept-Encoding";
  }
  headers["content-length"] = bytes.byteLength;
  res.writeHead(fetched.status, headers);
  res.end(req.method === "HEAD" || fetched.status === 304 ? undefined : bytes);
}

/** The request headers a relayed (never cached) request carries on to Next.js. */
function forwardedHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "host" || name === "connection" || name === "accept-encoding" || name === FILL_HEADER) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

async function serveThroughFront(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
  // Requests with credentials are the visitor's own: relayed, never stored or shared.
  if (req.headers.cookie || req.headers.authorization) {
    const fetched = await fetchFromNext(url, forwardedHeaders(req));
    if (fetched.kind === "relay") sendRelayed(req, res, fetched);
    else sendCached(req, res, fetched.hit);
    return;
  }
  const hit = store.get(url);
  if (hit) {
    if (!hit.fresh && !filling.has(url)) {
      // Stale: refresh in the background. A refresh that fails (database down, a 5xx) keeps the stale copy
      // for another period instead of retrying on every request.
      void fillOnce(url)
        .then((fetched) => {
          if (fetched.kind !== "relay" || fetched.status < 500) return;
          // Pages and embeds stay up on their last good copy; API clients are told to come back (503).
          if (url.startsWith("/api/")) store.delete(url);
          else store.extend(url, STALE_RETRY_MS);
        })
        .catch((error: unknown) => {
          store.extend(url, STALE_RETRY_MS);
          logFrontError(error);
        });
    }
    sendCached(req, res, hit);
    return;
  }
  const fetched = await fillOnce(url);
  if (fetched.kind === "cached") sendCached(req, res, fetched.hit);
  else sendRelayed(req, res, fetched);
}

let lastErrorLog = 0;
function logFrontError(error: unknown): void {
  // One line, at most every ten seconds: a failing backend must not flood the log.
  const now = Date.now();
  if (now - lastErrorLog < 10_000) return;
  lastErrorLog = now;
  console.error(`pactdiff front: ${error instanceof Error ? error.message : String(error)}`);
}

/** Next.js answers a path with a broken %-escape in a dynamic segment with a bare 500; it is the client's error. */
function hasMalformedEscape(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

function plain(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(`${message}\n`);
}

/**
 * Next.js logs each failed render with its stack. During a database outage that is one stack per request;
 * those become lib/outage.ts's single line a minute. Every other log line passes untouched.
 */
function condenseOutageLogs(): void {
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const outage = args.find((arg) => (arg instanceof Error || typeof arg === "string") && isDatabaseUnavailable(arg));
    if (outage !== undefined) return reportDatabaseUnavailable(outage);
    original(...args);
  };
}

async function main() {
  condenseOutageLogs();
  // Next.js is told the port but not the listen address: given a HOSTNAME such as 127.0.0.1 it takes the
  // proxy's same-origin rewrites (/compare/… → /compare-view/…) for external ones and 404s them.
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  createServer((req, res) => {
    const url = req.url ?? "/";
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
    if (servedOverHttps(!!(req.socket as TLSSocket).encrypted, req.socket.remoteAddress, req.headers["x-forwarded-proto"])) {
      res.setHeader("strict-transport-security", HSTS);
    }
    if (hasMalformedEscape(url)) return plain(res, 400, "Bad request: the address contains a malformed %-escape.");
    if (req.headers[FILL_HEADER] === FILL_TOKEN) return void handle(req, res);
    if (url.length > MAX_URL_LENGTH) return plain(res, 414, "The address is too long.");
    if (throughFront(req.method, url, req.headers)) {
      serveThroughFront(req, res, url).catch((error: unknown) => {
        logFrontError(error);
        if (!res.headersSent) plain(res, 503, "Pactdiff is briefly unavailable; try again in a moment.");
        else res.destroy();
      });
      return;
    }
    if (req.method === "POST" && url.startsWith("/api/admin/revalidate")) {
      res.on("finish", () => res.statusCode === 200 && store.clear());
    }
    void handle(req, res);
  }).listen(port, hostname, () => console.log(`Pactdiff ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
