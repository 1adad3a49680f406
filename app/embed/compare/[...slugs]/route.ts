import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/lib/outage";
import { renderErrorPage } from "@/lib/compare/error-page";
import { getComparison } from "@/lib/data/comparison";
import { latestVersionId } from "@/lib/data/latest-version";
import { renderedBody } from "@/lib/embed/cache";
import { EMBED_CSP } from "@/lib/embed/headers";
import { renderEmbed } from "@/lib/embed/render";
import { parseEmbedState } from "@/lib/embed/state";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

function errorPage(status: 400 | 404 | 503, title: string, message: string): Response {
  const body = status === 503 ? renderErrorPage({ status: 404, title, message, asked: [] }) : renderErrorPage({ status, title, message, asked: [] });
  return new Response(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": EMBED_CSP, "cache-control": "public, max-age=60", ...(status === 503 ? { "retry-after": "30" } : {}) },
  });
}

// GET /embed/compare/{slug}/{slug}…?view=&diff=&v=&theme=&rows= — a chrome-less comparison table for
// iframes. Rendered once per state and version; server.ts serves it precompressed from its front cache
// (Next.js drops a route handler's own Content-Encoding, so compression cannot happen here).
export async function GET(request: Request, { params }: { params: Promise<{ slugs: string[] }> }) {
  const url = new URL(request.url);
  const parsed = parseEmbedState((await params).slugs, url.searchParams);
  if (!parsed.ok) {
    return parsed.kind === "redirect"
      ? errorPage(400, "Not a comparison", "An embed shows 2 to 4 agreements: /embed/compare/{slug}/{slug}.")
      : errorPage(400, "Not a comparison", parsed.message);
  }
  const { state } = parsed;
  try {
    const latest = await latestVersionId();
    if (!latest) return errorPage(503, "Catalogue unavailable", "The catalogue is empty.");
    const versionId = state.v ?? latest;
    const key = [state.v ?? "latest", versionId, state.slugs.join("/"), state.view, state.diff, state.theme, state.rows.join(","), latest].join("|");
    let missing = "";
    const body = await renderedBody(key, async () => {
      const result = await getComparison(state);
      if (result.kind !== "ok") {
        missing = result.kind === "missing" ? `Unknown agreement slug(s): ${result.missing.join(", ")}.` : "No dataset version has that id (v=…).";
        return null;
      }
      return renderEmbed(result.comparison, state, { id: result.version.id, isLatest: result.version.id === latest, latestId: latest }, env().SITE_URL);
    });
    if (!body) return errorPage(404, "Not found", missing);

    const headers: Record<string, string> = {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": EMBED_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      etag: body.etag,
      vary: "Accept-Encoding",
      "cache-control": state.v ? "public, max-age=31536000, immutable" : "public, max-age=300, stale-while-revalidate=86400",
      "x-dataset-version": versionId,
    };
    const match = request.headers.get("if-none-match");
    if (match && match.split(",").some((t) => t.trim() === body.etag)) return new Response(null, { status: 304, headers });
    return new Response(body.identity, { status: 200, headers });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      reportDatabaseUnavailable(error);
      return errorPage(503, "Catalogue unavailable", "The catalogue database is unavailable. Try again shortly.");
    }
    throw error;
  }
}
