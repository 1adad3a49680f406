// Every response header that is a matter of policy, in one place: the security headers sent on every
// response, the Content-Security-Policy of app pages and of embeds, and the Cache-Control of everything
// that may be shared. server.ts applies them to every response, passed-through ones included.
//
// App pages are cached per dataset version, so a per-request nonce would force rendering on every request.
// Instead the front hashes each page's inline scripts once, when the page enters its cache (or is relayed),
// and allows exactly those: `script-src 'self' 'sha256-…'`. No 'unsafe-inline', no 'unsafe-eval'. An HTML
// response whose body the front does not see gets the same policy with no hash: no inline script runs.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { TLSSocket } from "node:tls";
import { EMBED_SCRIPT } from "../embed/styles";

/** Sent on every response, whatever produced it. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()",
  "cross-origin-opener-policy": "same-origin",
};

/** Two years, subdomains included: only ever sent on responses that went out over HTTPS. */
export const HSTS = "max-age=63072000; includeSubDomains";

// An inline <script> is one without a src attribute; JSON data blocks are hashed too (harmless, not run).
const INLINE_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** The CSP source expressions ('sha256-…') of every inline script in an HTML document, in order, unique. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const [, attributes = "", body = ""] = match;
    if (HAS_SRC.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy of an app page (not an embed: embeds set their own, which allows any site to frame them). */
export function pageCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}`.trimEnd(),
    // React and Tailwind set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/**
 * Embeds may be framed by any site (that is their purpose), stated explicitly; everything else in the
 * page is locked down: no script but the height poster (by hash), no network access but links.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash("sha256").update(EMBED_SCRIPT).digest("base64")}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

/** True when a response's own CSP already governs scripts (the embed route's), so it must be kept. */
export function hasScriptPolicy(csp: string | null | undefined): boolean {
  return !!csp && /(?:^|;)\s*(?:script-src|default-src)\b/i.test(csp);
}

const isHtml = (contentType: unknown) => typeof contentType === "string" && contentType.toLowerCase().startsWith("text/html");

/**
 * Adds the page policy to the headers of an HTML response whose body is known: the CSP allowing exactly
 * its inline scripts, and no framing by other sites. A response with its own script policy keeps it.
 */
export function withHtmlPolicy(headers: Record<string, string>, body: Uint8Array): Record<string, string> {
  if (!isHtml(headers["content-type"]) || hasScriptPolicy(headers["content-security-policy"])) return headers;
  const html = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  return { ...headers, "content-security-policy": pageCsp(inlineScriptHashes(html)), "x-frame-options": "SAMEORIGIN" };
}

/**
 * The headers every response gets, set before anything else writes: the base security headers, HSTS
 * over HTTPS, and for an HTML response the front did not read (passed straight to Next.js) the page policy
 * without any script hash, at the moment its head is written.
 */
export function applyResponsePolicy(req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
  if (
    servedOverHttps(req.socket instanceof TLSSocket && req.socket.encrypted, req.socket.remoteAddress, req.headers["x-forwarded-proto"])
  ) {
    res.setHeader("strict-transport-security", HSTS);
  }
  // writeHead is overloaded (status[, message][, headers]); the wrapper passes its arguments on as they came.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    // Next.js's internal routing headers stay inside (x-nextjs-rewritten-path is read by its client router).
    for (const name of res.getHeaderNames()) if (name.startsWith("x-middleware-")) res.removeHeader(name);
    const given = args.find(isHeaderObject);
    const type = given?.["content-type"] ?? given?.["Content-Type"] ?? res.getHeader("content-type");
    const policy = given?.["content-security-policy"] ?? res.getHeader("content-security-policy");
    const csp = typeof policy === "string" ? policy : undefined;
    if (isHtml(type) && !hasScriptPolicy(csp)) {
      if (given) delete given["content-security-policy"];
      res.setHeader("content-security-policy", pageCsp([]));
      res.setHeader("x-frame-options", "SAMEORIGIN");
    }
    return writeHead(...args);
  };
}

/**
 * A staged version's preview (lib/front/pins.ts isPreview) is kept by no cache, whatever the route said (a
 * pinned answer is otherwise immutable: publishing changes what the preview says), and indexed by no engine.
 */
export function applyPreviewPolicy(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    const given = args.find(isHeaderObject);
    for (const name of Object.keys(given ?? {})) if (/^(cache-control|x-robots-tag)$/i.test(name)) delete given?.[name];
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-robots-tag", "noindex");
    return writeHead(...args);
  };
}

/** The headers object of a writeHead call (its arguments are a status, maybe a message, maybe headers). */
function isHeaderObject(arg: unknown): arg is Record<string, unknown> {
  return typeof arg === "object" && arg !== null && !Array.isArray(arg);
}

/**
 * Whether the request reached us over HTTPS: a TLS socket, or a reverse proxy on this machine (nginx in
 * the scale-out recipe) that says so in X-Forwarded-Proto. The header is trusted from loopback peers only.
 */

export function servedOverHttps(
  encrypted: boolean,
  remoteAddress: string | undefined,
  forwardedProto: string | string[] | undefined,
): boolean {
  if (encrypted) return true;
  const loopback =
    !!remoteAddress && (remoteAddress === "::1" || remoteAddress.startsWith("127.") || remoteAddress.startsWith("::ffff:127."));
  const proto = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return loopback && (proto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}
