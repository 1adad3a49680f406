// What the front does with answers it relays rather than keeps (a data package, an answer to a visitor with a
// cookie): the route's own ETag travels on, and a client that already holds the body gets a 304 from the
// front, which asked Next.js without the client's validators. Kept pages carry the front's ETag of their bytes.
// Next.js is a fake loopback here: a function of the request.
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { etagOf } from "../http-cache";
import { Front } from "./front";
import type { LoopbackFetch } from "./loopback";

const FILL = { header: "x-test-fill", token: "secret" };
const ZIP_ETAG = '"the-zip-bytes-etag"';
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A front over a Next.js that answers with `answer`; what it was asked is in `asked`. */
async function frontOver(answer: (headers: Record<string, string>) => Response) {
  const asked: Record<string, string>[] = [];
  const fetch: LoopbackFetch = async (_url, init) => {
    asked.push(init.headers);
    return answer(init.headers);
  };
  const front = new Front({ origin: "http://127.0.0.1:1", fetch }, FILL);
  const server = createServer((req, res) => void front.serve(req, res, req.url ?? "/"));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { asked, ask: (path: string, headers: Record<string, string> = {}) => request(`${origin}${path}`, headers) };
}

/** A plain HTTP GET (fetch would add Cache-Control: no-cache to a conditional request, as the Fetch standard says). */
function request(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Headers; body: Uint8Array }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const received = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === "string") received.set(name, value);
        resolve({ status: res.statusCode ?? 0, headers: received, body: new Uint8Array(Buffer.concat(chunks)) });
      });
    }).on("error", reject);
  });
}

/** A data package as its route answers: a strong ETag, and 304 when asked with it. */
const zipRoute = (headers: Record<string, string>) =>
  headers["if-none-match"] === ZIP_ETAG
    ? new Response(null, { status: 304, headers: { etag: ZIP_ETAG } })
    : new Response(ZIP, { headers: { "content-type": "application/zip", etag: ZIP_ETAG, "cache-control": "public, max-age=0" } });

describe("a relayed download (a data package)", () => {
  it("keeps its route's ETag and is answered 304 by the front to a client that holds it", async () => {
    const { ask, asked } = await frontOver(zipRoute);
    const first = await ask("/data/latest.zip");
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe(ZIP_ETAG);
    expect(first.body).toEqual(ZIP);
    const again = await ask("/data/latest.zip", { "if-none-match": ZIP_ETAG });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(ZIP_ETAG);
    expect(again.body.byteLength).toBe(0);
    const other = await ask("/data/latest.zip", { "if-none-match": '"an-older-zip"' });
    expect(other.status).toBe(200);
    expect(other.body).toEqual(ZIP);
    // A shared fill: Next.js was never asked with the client's validators.
    expect(asked.every((h) => h["if-none-match"] === undefined)).toBe(true);
  });

  it("keeps the ETag of Next.js's own 304 to a client with a cookie, whose validators travel on", async () => {
    const { ask, asked } = await frontOver(zipRoute);
    const again = await ask("/data/latest.zip", { cookie: "a=b", "if-none-match": ZIP_ETAG });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(ZIP_ETAG);
    expect(asked[0]?.["if-none-match"]).toBe(ZIP_ETAG);
  });
});

describe("a kept page", () => {
  it("carries the front's ETag of its bytes, not the one Next.js gave", async () => {
    const html = "<!doctype html><p>page</p>";
    const { ask } = await frontOver(
      () =>
        new Response(html, { headers: { "content-type": "text/html; charset=utf-8", etag: '"next-etag"', "cache-control": "private" } }),
    );
    const page = await ask("/agreements");
    expect(page.status).toBe(200);
    expect(page.headers.get("etag")).toBe(etagOf(html));
    expect((await ask("/agreements", { "if-none-match": etagOf(html) })).status).toBe(304);
  });
});
