// A complete, self-contained HTML page for the comparison errors the proxy answers itself (400 for a
// malformed address, 404 for unknown slugs): the status must be set before any React rendering starts.
// Everything interpolated is escaped; the page needs no script.

import { escapeHtml } from "../html";

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
body{margin:0;background:#fbfaf7;color:#1d1f24;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
header{border-bottom:1px solid #d9d6cf}header a{font:600 1.5rem Georgia,serif;color:#1d1f24;text-decoration:none}
header a span{color:#1f4f8f}.wrap{max-width:48rem;margin:0 auto;padding:.75rem 1rem}main.wrap{padding-top:2rem}
h1{font:600 2rem/1.2 Georgia,serif;margin:0 0 1rem}h2{font-size:1.1rem;margin-top:1.5rem}a{color:#1f4f8f}
code{background:#fff;border:1px solid #d9d6cf;border-radius:4px;padding:0 .25rem;font-size:.9em;word-break:break-all}
.rule{background:#e6eef8;border:1px solid #b9cbe3;border-radius:8px;padding:.75rem 1rem}
</style></head>
<body><header><div class="wrap"><a href="/">Pact<span>diff</span></a></div></header>
<main class="wrap" id="main"><h1>${escapeHtml(title)}</h1>
${innerHtml}
</main></body></html>`;
}
