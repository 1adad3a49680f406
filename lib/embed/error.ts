// The error page an embed route answers with: the site's error page under the embed's own CSP, never
// cached; a 503 (database down) says when to try again.
import { renderErrorPage } from "../error-page";
import { EMBED_CSP } from "../front/headers";
import { RETRY_AFTER_SECONDS } from "../runtime/outage";

export function embedErrorPage(status: 400 | 404 | 503, title: string, message: string): Response {
  const body = renderErrorPage({ status: status === 503 ? 404 : status, title, message, asked: [] });
  return new Response(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": EMBED_CSP,
      "cache-control": "no-store",
      ...(status === 503 ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {}),
    },
  });
}
