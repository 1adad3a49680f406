import { parseProvisionState } from "@/lib/compare/provision-state";
import { getProvisionView } from "@/lib/data/provision-view";
import { renderProvisionEmbed } from "@/lib/embed/provision";
import { readQuery } from "@/lib/domain/params";
import { env } from "@/lib/runtime/env";
import { embedErrorPage } from "@/lib/embed/error";
import { EMBED_CSP } from "@/lib/front/headers";
import { cacheControlFor } from "@/lib/http-cache";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "@/lib/runtime/outage";

export const dynamic = "force-dynamic";

// GET /embed/provisions/{key}?ref=&against=&party=&year=&form=&page=&v=&theme= — every wording of one
// provision as a chrome-less table for iframes; kept per dataset version by server.ts like other pages.
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const url = new URL(request.url);
  const parsed = parseProvisionState((await params).key, url.searchParams);
  const themed = readQuery(url.searchParams, ["theme"]);
  if (!parsed.ok) return embedErrorPage(parsed.status, "Not a provision embed", parsed.message);
  if (!themed.ok) return embedErrorPage(400, "Not a provision embed", themed.problem.message);
  const theme = themed.values.theme ?? "light";
  try {
    const result = await getProvisionView(parsed.state);
    if (result.kind === "unknown-version") return embedErrorPage(404, "Not found", "No dataset version has that id (v=…).");
    if (result.kind === "unknown-provision") return embedErrorPage(404, "Not found", `No provision has the key ${parsed.state.key}.`);
    const { view, state, version } = result;
    const html = renderProvisionEmbed(view, { ...state, theme }, version, env().SITE_URL);
    return new Response(html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": EMBED_CSP,
        "cache-control": cacheControlFor(Boolean(parsed.state.v)),
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
