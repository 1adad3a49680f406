// Production server (`npm start`): Next.js behind a small in-process front (lib/front/), like a CDN edge.
//
// - The dataset version is polled from the database every second (lib/runtime/dataset-version.ts): a new import
//   shows on every instance within seconds, with nothing to notify. It is also the front cache's key.
// - Every response gets the security headers of lib/front/headers.ts; every HTML response a CSP.
// - Page loads and static assets are answered from the front's cache, filled from Next.js once per URL and
//   version (Next.js would gzip each asset again for every request).
// - HTTP edge cases are answered here: absolute-form targets are served, `OPTIONS *` gets 400, methods
//   the site does not answer 405, malformed %-escapes 400, over-long targets 414; never a 5xx.
// - Database down: cached pages go on being served; what needs the database answers 503 + Retry-After;
//   Next's per-request error logs about the outage become one line a minute (lib/runtime/outage.ts).
// - A database that lacks a migration of this checkout stops the start with its name (lib/data/migrations.ts).
// - Once listening, one search is rendered and thrown away (lib/front/warm-up.ts): the first reader's
//   search does not pay the process's one-time costs.
// - SIGTERM or SIGINT: keep-alive clients are told to reconnect elsewhere (Connection: close); once no
//   connection has arrived for a moment the server stops accepting, answers what is in flight (within
//   STOP_GRACE_MS), then exits.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import next from "next";
import { lastVersionState, startVersionPolling, onVersionChange, versionState } from "./lib/runtime/dataset-version";
import { isPreview, pinAnswer, sendPinAnswer } from "./lib/front/pins";
import { moveAnswer, sendMoveAnswer } from "./lib/front/moves";
import { loggable } from "./lib/runtime/log-excerpt";
import { env } from "./lib/runtime/env";
import { Front, NEXT_REQUEST_HEADERS } from "./lib/front/front";
import { openLoopback } from "./lib/front/loopback";
import { applyPreviewPolicy, applyResponsePolicy } from "./lib/front/headers";
import { warmUp } from "./lib/front/warm-up";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "./lib/runtime/outage";
import { checkMigrations } from "./lib/data/migrations";
import { sharedPrismaClient } from "./lib/runtime/prisma-client";

const { PORT: port, HOSTNAME: hostname, SITE_URL: siteUrl, siteUrlFromPort, DATABASE_URL: databaseUrl } = env();
// Marks the front's own loopback request (lib/front/loopback.ts), which must reach Next.js rather than come
// back to the front. A per-process secret: a client sending the header gets no special treatment.
const FILL = { header: "x-pactdiff-front-fill", token: randomUUID() };
const MAX_URL_LENGTH = 4096;
const ALLOW = "GET, HEAD, OPTIONS";
const STOP_QUIET_MS = 300;
const STOP_ACCEPT_MS = 5_000;
const STOP_GRACE_MS = 10_000;

function plain(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra });
  res.end(`${message}\n`);
}

/** The request target as a path: absolute-form (`GET http://host/path`) is reduced to its path and query. */
function requestPath(raw: string): string | null {
  if (raw.startsWith("/")) return raw.startsWith("//") ? null : raw;
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

function hasMalformedEscape(path: string): boolean {
  try {
    decodeURIComponent(path.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

/**
 * Next.js logs each failed render with its stack: during an outage those become one line a minute. Everything
 * else goes out as bounded, escaped excerpts (lib/runtime/log-excerpt.ts): no visitor's text floods or forges the log.
 */
function condenseOutageLogs(): void {
  const original = console.error.bind(console);
  const warn = console.warn.bind(console);
  console.error = (...args: unknown[]) => {
    const outage = args.find((arg) => (arg instanceof Error || typeof arg === "string") && isDatabaseUnavailable(arg));
    if (outage !== undefined) return reportDatabaseUnavailable(outage);
    original(...args.map(loggable));
  };
  console.warn = (...args: unknown[]) => warn(...args.map(loggable));
}

async function main() {
  condenseOutageLogs();
  // A database without this checkout's migrations stops the start, naming the first one missing. One that
  // cannot be reached now is the outage handling's: the server starts and answers 503 until it is back.
  const migrations = await checkMigrations(sharedPrismaClient(), databaseUrl);
  if (migrations.ok === false) throw new Error(migrations.message);
  // Next.js is told the port but not the listen address: given a HOSTNAME such as 127.0.0.1 it takes the
  // proxy's same-origin rewrites (/compare/… → /compare-view/…) for external ones and 404s them.
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const loopback = await openLoopback(port, (req, res) => {
    if (req.headers[FILL.header] === FILL.token) return void handle(req, res);
    plain(res, 403, "Forbidden.");
  });
  const front = new Front(loopback, FILL);
  await versionState().catch(() => undefined);
  startVersionPolling();
  onVersionChange((id) => console.log(`pactdiff: dataset version ${id ?? "(none)"} is now current`));

  let stopping = false;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (stopping) res.setHeader("connection", "close");
    delete req.headers[FILL.header];
    // An empty Next.js header ("Next-Url:") is no header: nginx's cache key cannot tell it from an absent one,
    // so neither may the front or Next.js.
    for (const name of NEXT_REQUEST_HEADERS) if (req.headers[name] === "") delete req.headers[name];
    applyResponsePolicy(req, res);
    if (req.url === "*") return plain(res, 400, "Bad request: this server answers no request for `*`.");
    const path = requestPath(req.url ?? "/");
    if (path === null) return plain(res, 400, "Bad request: the request target is not a path on this site.");
    req.url = path;
    if (hasMalformedEscape(path)) return plain(res, 400, "Bad request: the address contains a malformed %-escape.");
    if (path.length > MAX_URL_LENGTH) return plain(res, 414, "The address is too long.");
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") {
      return plain(res, 405, `Method not allowed: this site answers ${ALLOW}.`, { allow: ALLOW });
    }
    // CORS preflights, Next's client-navigation payloads, its other internal paths and the benchmark's
    // reference page (which measures Next.js itself) go straight to Next.js. Its static assets (immutable,
    // content-hashed) are served by the front like pages: compressed once, not gzipped again per request.
    // Only the routes the product has: Next's other /_next/ doors (the image optimizer writes a file to disk
    // for every new spelling of its url=) are not ours to open.
    if (path.startsWith("/_next/") && !path.startsWith("/_next/static/")) return plain(res, 404, "Not found.");
    const serve = async () => {
      if (req.method === "OPTIONS") return void handle(req, res);
      // A pin to a version that is not served (unknown, malformed, retired) is answered the same on every route.
      const pinned = await pinAnswer(path, lastVersionState());
      if (pinned) return sendPinAnswer(res, path, pinned);
      if (isPreview(path, lastVersionState())) applyPreviewPolicy(res);
      // A renamed agreement's former slug is redirected, a withdrawn one answered 410, on every route.
      const moved = await moveAnswer(path, lastVersionState());
      if (moved) return sendMoveAnswer(res, path, moved);
      if (req.headers.rsc !== undefined || path === "/bench-reference") return void handle(req, res);
      await front.serve(req, res, path);
    };
    serve().catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error);
      else console.error(`pactdiff front: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) plain(res, 503, "Pactdiff is briefly unavailable; try again in a moment.", { "retry-after": "30" });
      else res.destroy();
    });
  });
  server.once("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Cannot listen on ${hostname}:${port}: the port is in use. Stop what uses it or start with another PORT.`
        : `Cannot listen on ${hostname}:${port}: ${error.message}`,
    );
    process.exit(1);
  });
  let lastConnection = 0;
  server.on("connection", () => (lastConnection = Date.now()));
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const since = Date.now();
    console.log(`pactdiff: ${signal}: finishing the requests in flight, then stopping`);
    // The server goes on accepting, answering with Connection: close, until no connection has arrived for a
    // moment (at most STOP_ACCEPT_MS): connections the kernel has queued while the server was busy are
    // served, not reset when the listener closes. net.Server's close, not http.Server's: the latter also
    // drops every connection whose request is not parsed yet. Kept-alive connections end with their next
    // answer or their keep-alive timeout; whatever is still open after STOP_GRACE_MS is cut.
    const quiet = () => Date.now() - lastConnection >= STOP_QUIET_MS || Date.now() - since >= STOP_ACCEPT_MS;
    const closeWhenQuiet = setInterval(() => {
      // Judged again after this turn's poll phase, which accepts what queued while the loop was busy.
      if (quiet())
        setImmediate(() => {
          if (!quiet() || !server.listening) return;
          clearInterval(closeWhenQuiet);
          net.Server.prototype.close.call(server, () => void loopback.close().then(() => process.exit(0)));
        });
    }, 50);
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, STOP_GRACE_MS).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  server.listen(port, hostname, () => {
    const host = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
    console.log(`Pactdiff ready on http://${host}:${port}`);
    console.log(
      `Links, previews, embed code and oEmbed use ${siteUrl}` +
        (siteUrlFromPort ? " (the port served; set SITE_URL to the public address when it differs)" : " (SITE_URL)"),
    );
    // The first search of a process would pay ICU's and V8's one-time costs: paid here instead.
    void warmUp(loopback.origin, FILL, undefined, loopback.fetch);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
