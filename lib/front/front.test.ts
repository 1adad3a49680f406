// What the front does with answers it relays rather than keeps (a data package, an answer to a visitor with a
// cookie): the route's own ETag travels on, and a client that already holds the body gets a 304 from the
// front, which asked Next.js without the client's validators. Kept pages carry the front's ETag of their bytes.
// Compressed, relayed or kept, an answer's strong ETag carries the encoding: other bytes, another tag.
// Next.js is a fake loopback here: a function of the request.
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { etagOf } from "../http-cache";
import { encodedEtag, Front } from "./front";
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

describe("a compressed answer (RFC 9110: a strong ETag names one representation's bytes)", () => {
  const json = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ id: i, text: "a clause text" })) });
  /** An answer the front relays (private, not a page), with the route's ETag. */
  const privateJson = (etag: string) => () =>
    new Response(json, { headers: { "content-type": "application/json", etag, "cache-control": "private, no-store" } });

  it("relayed compressed, carries the encoding in its ETag, and a 304 answers only the same encoding", async () => {
    const { ask } = await frontOver(privateJson('"route-etag"'));
    const gz = await ask("/api/v1/cite", { "accept-encoding": "gzip" });
    expect([gz.status, gz.headers.get("content-encoding"), gz.headers.get("etag")]).toEqual([200, "gzip", '"route-etag-gzip"']);
    expect(gunzipSync(gz.body).toString()).toBe(json);
    expect(gz.headers.get("vary")).toBe("Accept-Encoding");
    expect((await ask("/api/v1/cite", { "accept-encoding": "br" })).headers.get("etag")).toBe('"route-etag-br"');
    const plain = await ask("/api/v1/cite");
    expect([plain.headers.get("content-encoding"), plain.headers.get("etag")]).toEqual([null, '"route-etag"']);

    const again = await ask("/api/v1/cite", { "accept-encoding": "gzip", "if-none-match": '"route-etag-gzip"' });
    expect([again.status, again.headers.get("etag")]).toEqual([304, '"route-etag-gzip"']);
    // The identity bytes' ETag does not validate the gzip bytes, nor the gzip one the brotli bytes.
    expect((await ask("/api/v1/cite", { "accept-encoding": "gzip", "if-none-match": '"route-etag"' })).status).toBe(200);
    expect((await ask("/api/v1/cite", { "accept-encoding": "br", "if-none-match": '"route-etag-gzip"' })).status).toBe(200);
  });

  it("keeps a weak ETag as it is: it claims the same meaning, not the same bytes", async () => {
    const { ask } = await frontOver(privateJson('W/"route-etag"'));
    const gz = await ask("/api/v1/cite", { "accept-encoding": "gzip" });
    expect([gz.headers.get("content-encoding"), gz.headers.get("etag")]).toEqual(["gzip", 'W/"route-etag"']);
  });

  it("kept and sent compressed, has an ETag for each encoding", async () => {
    const html = `<!doctype html><p>${"page ".repeat(400)}</p>`;
    const { ask } = await frontOver(
      () => new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private" } }),
    );
    const strong = etagOf(html);
    const gz = await ask("/agreements", { "accept-encoding": "gzip" });
    expect([gz.headers.get("content-encoding"), gz.headers.get("etag")]).toEqual(["gzip", `${strong.slice(0, -1)}-gzip"`]);
    expect((await ask("/agreements")).headers.get("etag")).toBe(strong);
    expect((await ask("/agreements", { "accept-encoding": "gzip", "if-none-match": gz.headers.get("etag")! })).status).toBe(304);
    expect((await ask("/agreements", { "accept-encoding": "gzip", "if-none-match": strong })).status).toBe(200);
  });
});

describe("encodedEtag", () => {
  it("joins the encoding to a strong ETag, and leaves identity, weak and malformed ones alone", () => {
    expect(encodedEtag('"abc"', "br")).toBe('"abc-br"');
    expect(encodedEtag('"abc"', "identity")).toBe('"abc"');
    expect(encodedEtag('W/"abc"', "gzip")).toBe('W/"abc"');
    expect(encodedEtag("abc", "gzip")).toBe("abc");
  });
});
