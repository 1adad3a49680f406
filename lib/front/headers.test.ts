import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  applyResponsePolicy,
  BASE_SECURITY_HEADERS,
  EMBED_CSP,
  hasScriptPolicy,
  HSTS,
  inlineScriptHashes,
  pageCsp,
  servedOverHttps,
  withHtmlPolicy,
} from "./headers";

const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script body exactly as the browser does, once, and skips external scripts", () => {
    const a = 'self.__next_f.push([1,"é \\u003c/script>"])';
    const b = "(function(){document.documentElement.dataset.js='1'})()";
    const html = `<head><script src="/_next/static/chunks/x.js" async=""></script><script>${a}</script></head>
      <body><script id="x" data-note="a > b">${b}</script><script>${a}</script><SCRIPT type="module" SRC='/m.js'></SCRIPT></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha(a), sha(b)]);
  });

  it("returns nothing for a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>no scripts</p>")).toEqual([]);
  });
});

describe("pageCsp", () => {
  it("allows the hashed scripts and nothing inline", () => {
    const csp = pageCsp(["'sha256-abc='"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it("tells a script-governing policy from a framing-only one", () => {
    expect(hasScriptPolicy("frame-ancestors 'self'")).toBe(false);
    expect(hasScriptPolicy("default-src 'none'; frame-ancestors *")).toBe(true);
    expect(hasScriptPolicy(pageCsp([]))).toBe(true);
    expect(hasScriptPolicy(undefined)).toBe(false);
  });
});

describe("servedOverHttps", () => {
  it("trusts TLS, and X-Forwarded-Proto only from a proxy on this machine", () => {
    expect(servedOverHttps(true, "203.0.113.9", undefined)).toBe(true);
    expect(servedOverHttps(false, "127.0.0.1", "https")).toBe(true);
    expect(servedOverHttps(false, "::ffff:127.0.0.1", "https, http")).toBe(true);
    expect(servedOverHttps(false, "::1", "HTTPS")).toBe(true);
    expect(servedOverHttps(false, "203.0.113.9", "https")).toBe(false);
    expect(servedOverHttps(false, "127.0.0.1", "http")).toBe(false);
    expect(servedOverHttps(false, "127.0.0.1", undefined)).toBe(false);
  });
});

describe("withHtmlPolicy", () => {
  it("gives an HTML page the CSP of its own inline scripts and no framing", () => {
    const body = new Uint8Array(Buffer.from("<script>a()</script><p>x</p>"));
    const out = withHtmlPolicy({ "content-type": "text/html; charset=utf-8" }, body);
    expect(out["content-security-policy"]).toBe(pageCsp([sha("a()")]));
    expect(out["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("keeps an embed's own script policy and leaves other types alone", () => {
    const embed = { "content-type": "text/html", "content-security-policy": EMBED_CSP };
    expect(withHtmlPolicy(embed, new Uint8Array())).toBe(embed);
    const json = { "content-type": "application/json" };
    expect(withHtmlPolicy(json, new Uint8Array())).toBe(json);
  });
});

describe("applyResponsePolicy", () => {
  async function headersOf(handler: (res: ServerResponse) => void, reqHeaders: Record<string, string> = {}) {
    const server = createServer((req, res) => {
      applyResponsePolicy(req, res);
      handler(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: reqHeaders });
      await response.arrayBuffer();
      return response.headers;
    } finally {
      server.close();
    }
  }

  it("sets the base headers on every response, HSTS only over HTTPS", async () => {
    const plain = await headersOf((res) => res.end("ok"));
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) expect(plain.get(name)).toBe(value);
    expect(plain.get("strict-transport-security")).toBeNull();
    const https = await headersOf((res) => res.end("ok"), { "x-forwarded-proto": "https" });
    expect(https.get("strict-transport-security")).toBe(HSTS);
  });

  it("gives HTML it did not read (set by setHeader or writeHead) the policy with no script hash", async () => {
    const viaSetHeader = await headersOf((res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("x-middleware-rewrite", "/internal");
      res.end("<script>evil()</script>");
    });
    expect(viaSetHeader.get("content-security-policy")).toBe(pageCsp([]));
    expect(viaSetHeader.get("x-middleware-rewrite")).toBeNull();
    const viaWriteHead = await headersOf((res) =>
      res.writeHead(200, { "content-type": "text/html", "content-security-policy": "frame-ancestors *" }).end("<p>"),
    );
    expect(viaWriteHead.get("content-security-policy")).toBe(pageCsp([]));
    const embed = await headersOf((res) =>
      res.writeHead(200, { "content-type": "text/html", "content-security-policy": EMBED_CSP }).end("<p>"),
    );
    expect(embed.get("content-security-policy")).toBe(EMBED_CSP);
  });
});
