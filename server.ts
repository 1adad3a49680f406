// Production server: Next.js behind a small in-process front cache for embeds, the high-traffic path.
// Each embed URL is rendered once by its route handler (fetched over loopback on a miss), compressed once
// with gzip and brotli, and then answered from memory with an ETag, like a CDN edge would. Entries of
// unpinned URLs live ten seconds; pinned ones (?v=) until the cache is full; a successful
// POST /api/admin/revalidate clears it. Everything else goes straight to Next.js.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { compressBody, negotiateEncoding, type CachedBody } from "./lib/embed/cache";
import { env } from "./lib/env";

const { PORT: port, HOSTNAME: hostname } = env();
const LATEST_TTL_MS = 10_000;
const MAX_ENTRIES = 2_000;
// Marks the front cache's own loopback request, which must reach Next.js rather than wait on itself.
const FILL_HEADER = "x-pactdiff-front-fill";
const KEPT_HEADERS = ["content-type", "content-security-policy", "cache-control", "x-dataset-version", "x-content-type-options", "referrer-policy"];

type Entry = CachedBody & { headers: Record<string, string>; expires: number };
const entries = new Map<string, Entry>();
const filling = new Map<string, Promise<Entry | null>>();

async function fill(url: string): Promise<Entry | null> {
  const response = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { "accept-encoding": "identity", [FILL_HEADER]: "1" } });
  if (response.status !== 200) return null;
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  const pinned = new URL(url, "http://front").searchParams.has("v");
  const entry = { ...compressBody(await response.text()), headers, expires: pinned ? Number.POSITIVE_INFINITY : Date.now() + LATEST_TTL_MS };
  entries.set(url, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? url);
  return entry;
}

async function serveEmbed(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = req.url ?? "/";
  let entry = entries.get(url);
  if (!entry || entry.expires < Date.now()) {
    let pending = filling.get(url);
    if (!pending) {
      pending = fill(url).finally(() => filling.delete(url));
      filling.set(url, pending);
    }
    entry = (await pending) ?? undefined;
  }
  if (!entry) return false;
  const headers: Record<string, string | number> = { ...entry.headers, etag: entry.etag, vary: "Accept-Encoding" };
  const match = req.headers["if-none-match"];
  if (match && match.split(",").some((t) => t.trim() === entry.etag)) {
    res.writeHead(304, headers).end();
    return true;
  }
  const encoding = negotiateEncoding(req.headers["accept-encoding"] ?? null);
  const body = entry.bodies[encoding];
  if (encoding !== "identity") headers["content-encoding"] = encoding;
  headers["content-length"] = body.byteLength;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
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

async function main() {
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  createServer((req, res) => {
    const url = req.url ?? "/";
    if (hasMalformedEscape(url)) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
      res.end("Bad request: the address contains a malformed %-escape.\n");
      return;
    }
    const cacheable = (req.method === "GET" || req.method === "HEAD") && url.startsWith("/embed/compare/") && url.length < 2048;
    if (cacheable && !req.headers[FILL_HEADER]) {
      serveEmbed(req, res)
        .then((served) => (served ? undefined : handle(req, res)))
        .catch((error: unknown) => {
          console.error(`pactdiff front cache: ${error instanceof Error ? error.message : String(error)}`);
          if (!res.headersSent) void handle(req, res);
        });
      return;
    }
    if (req.method === "POST" && url.startsWith("/api/admin/revalidate")) {
      res.on("finish", () => res.statusCode === 200 && entries.clear());
    }
    void handle(req, res);
  }).listen(port, hostname, () => console.log(`Pactdiff ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
