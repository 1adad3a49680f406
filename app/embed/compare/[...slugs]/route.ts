import { getComparison } from "@/lib/data/comparison";
import { renderEmbed } from "@/lib/embed/render";
import { INVALID_TITLE, parseEmbedState } from "@/lib/embed/state";
import { env } from "@/lib/runtime/env";
import { embedErrorPage } from "@/lib/embed/error";
import { EMBED_CSP } from "@/lib/front/headers";
import { cacheControlFor } from "@/lib/http-cache";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/lib/runtime/outage";

export const dynamic = "force-dynamic";

// GET /embed/compare/{slug}/{slug}…?view=&diff=&v=&theme=&rows= — a chrome-less comparison table for
// iframes. Rendered on request; server.ts keeps it per dataset version, precompressed, with an ETag
// (Next.js drops a route handler's own Content-Encoding, so compression cannot happen here).
export async function GET(request: Request, { params }: { params: Promise<{ slugs: string[] }> }) {
  const url = new URL(request.url);
  const parsed = parseEmbedState((await params).slugs, url.searchParams);
  if (!parsed.ok) {
    return parsed.kind === "redirect"
      ? embedErrorPage(400, "Not a comparison", "An embed shows 2 to 4 agreements: /embed/compare/{slug}/{slug}.")
      : embedErrorPage(parsed.status, INVALID_TITLE[parsed.reason], parsed.message);
  }
  const { state } = parsed;
  try {
    const result = await getComparison(state);
    if (result.kind === "unknown-version") return embedErrorPage(404, "Not found", "No dataset version has that id (v=…).");
    if (result.kind === "missing") return embedErrorPage(404, "Not found", `Unknown agreement slug(s): ${result.missing.join(", ")}.`);
    const { comparison, version, latestId } = result;
    const html = renderEmbed(comparison, state, { ...version, latestId }, env().SITE_URL);
    return new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": EMBED_CSP,
        "cache-control": cacheControlFor(Boolean(state.v)),
        "x-dataset-version": version.id,
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      reportDatabaseUnavailable(error);
      return embedErrorPage(503, "Catalogue unavailable", "The catalogue database is unavailable. Try again shortly.");
    }
    throw error;
  }
}
