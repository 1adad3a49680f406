// Security headers for every response, and the Content-Security-Policy of app pages.
//
// App pages are prerendered or cached, so a per-request nonce would force rendering on every request (and
// break the throughput budgets). Instead server.ts hashes each page's inline scripts once, when the page
// enters its front cache (or is relayed), and allows exactly those: `script-src 'self' 'sha256-…'`.
// No 'unsafe-inline', no 'unsafe-eval'.
import { createHash } from "node:crypto";

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

/** True when a response's own CSP already governs scripts (the embed route's), so it must be kept. */
export function hasScriptPolicy(csp: string | null | undefined): boolean {
  return !!csp && /(?:^|;)\s*(?:script-src|default-src)\b/i.test(csp);
}

/**
 * Whether the request reached us over HTTPS: a TLS socket, or a reverse proxy on this machine (nginx in
 * the scale-out recipe) that says so in X-Forwarded-Proto. The header is trusted from loopback peers only.
 */
export function servedOverHttps(encrypted: boolean, remoteAddress: string | undefined, forwardedProto: string | string[] | undefined): boolean {
  if (encrypted) return true;
  const loopback = !!remoteAddress && (remoteAddress === "::1" || remoteAddress.startsWith("127.") || remoteAddress.startsWith("::ffff:127."));
  const proto = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return loopback && (proto ?? "").split(",")[0]?.trim().toLowerCase() === "https";
}
