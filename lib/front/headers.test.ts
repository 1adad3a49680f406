import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hasScriptPolicy, inlineScriptHashes, pageCsp, servedOverHttps } from "./headers";

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
