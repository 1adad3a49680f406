// The site's pages written outside React: the errors the proxy answers itself (400 for a malformed
// address, 404 for an unknown agreement, provision or version: the status must be set before any React
// rendering starts), the embeds' error page and the front's 503. Self-contained (inline styles from the
// design tokens, no script); everything interpolated is escaped.

import { COLOURS as C, FONTS } from "./design-tokens";
import { escapeHtml } from "./text/html";

export type ErrorPage = {
  status: 400 | 404;
  title: string;
  message: string;
  asked: string[];
  suggestions?: { href: string; label: string }[];
};

export function renderErrorPage(page: ErrorPage): string {
  const asked = page.asked.length
    ? `<p>You asked for: ${page.asked.map((s) => `<code>${escapeHtml(s.slice(0, 100))}</code>`).join(", ")}</p>`
    : "";
  const suggestions = page.suggestions?.length
    ? `<h2>Did you mean</h2><ul>${page.suggestions.map((s) => `<li><a href="${escapeHtml(s.href)}">${escapeHtml(s.label)}</a></li>`).join("")}</ul>`
    : "";
  return renderServicePage(
    page.title,
    `<p class="rule">${escapeHtml(page.message)}</p>${asked}${suggestions}
<p><a href="/agreements">Browse the catalogue</a> and pick two to four agreements to compare: the address is
<code>/compare/{slug}/{slug}</code>, up to four slugs, each once, the first being the base for the differences.</p>`,
  );
}

/**
 * The house page shell for answers written outside React (the proxy's errors, server.ts's 503 and 500
 * pages): escaped title, trusted inner HTML, inline styles, no script.
 */
export function renderServicePage(title: string, innerHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Pactdiff</title>
<style>
body{margin:0;background:${C.paper};color:${C.ink};font:16px/1.6 ${FONTS.sans}}
header{border-bottom:1px solid ${C.rule}}header a{font:600 1.5rem ${FONTS.serif};color:${C.ink};text-decoration:none}
header a span{color:${C.accent}}.wrap{max-width:48rem;margin:0 auto;padding:.75rem 1rem}main.wrap{padding-top:2rem}
h1{font:600 2rem/1.2 ${FONTS.serif};margin:0 0 1rem}h2{font-size:1.1rem;margin-top:1.5rem}a{color:${C.accent}}
code{background:${C.white};border:1px solid ${C.rule};border-radius:4px;padding:0 .25rem;font-size:.9em;word-break:break-all}
.rule{background:${C["accent-soft"]};border:1px solid ${C["accent-rule"]};border-radius:8px;padding:.75rem 1rem}
</style></head>
<body><header><div class="wrap"><a href="/">Pact<span>diff</span></a></div></header>
<main class="wrap" id="main"><h1>${escapeHtml(title)}</h1>
${innerHtml}
</main></body></html>`;
}
