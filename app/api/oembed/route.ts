import { ApiError } from "@/lib/api/errors";
import { CORS_HEADERS, preflight, sendError } from "@/lib/api/respond";
import { getComparison } from "@/lib/data/comparison";
import { embedSnippet, estimateHeight } from "@/lib/embed/snippet";
import { embedHref, parseEmbedState } from "@/lib/embed/state";
import { env } from "@/lib/env";
import { cacheControlFor } from "@/lib/front/headers";

const DEFAULT_WIDTH = 800;

function positiveInt(value: string | null, name: string): number | undefined {
  if (value === null || value === "") return undefined;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) throw new ApiError("bad_request", `${name} must be a positive whole number.`);
  return Number(value);
}

// GET /api/oembed?url=…&maxwidth=&maxheight=&format=json — oEmbed 1.0 "rich" response for a comparison
// or embed URL of this site, so a CMS turns a pasted link into the embed.
export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams;
    const format = query.get("format") || "json"; // absent or empty: the default
    if (format !== "json") throw new ApiError("not_implemented", "Only format=json is supported.");
    const target = query.get("url");
    if (!target) throw new ApiError("bad_request", "The url parameter is required.");
    const maxwidth = positiveInt(query.get("maxwidth"), "maxwidth");
    const maxheight = positiveInt(query.get("maxheight"), "maxheight");

    const site = env().SITE_URL;
    let parsedUrl: URL;
    try {
      parsedUrl = new URL(target);
    } catch {
      throw new ApiError("not_found", "That URL is not a Pactdiff comparison.");
    }
    const match = /^\/(?:embed\/)?compare\/(.+)$/.exec(parsedUrl.pathname);
    if (parsedUrl.origin !== new URL(site).origin || !match?.[1]) throw new ApiError("not_found", "That URL is not a Pactdiff comparison.");
    const parsed = parseEmbedState(match[1].split("/"), parsedUrl.searchParams);
    if (!parsed.ok) throw new ApiError("not_found", "That URL is not a Pactdiff comparison.");
    const result = await getComparison(parsed.state);
    if (result.kind !== "ok") throw new ApiError("not_found", "That comparison does not exist.");

    const { comparison, version } = result;
    const rows = parsed.state.rows.length ? Math.min(parsed.state.rows.length, comparison.rows.length) : comparison.rows.length;
    const width = Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
    const height = Math.min(maxheight ?? Number.POSITIVE_INFINITY, estimateHeight(parsed.state.view === "scope" ? comparison.scope.rows.length : rows, parsed.state.view));
    const title = `${comparison.agreements.map((a) => a.shortTitle).join(" vs ")} · Pactdiff`;
    const body = {
      version: "1.0",
      type: "rich",
      title,
      provider_name: "Pactdiff",
      provider_url: site,
      author_name: "Pactdiff",
      author_url: site,
      cache_age: 3600,
      width,
      height,
      html: embedSnippet({ src: embedHref(parsed.state, site), title, origin: new URL(site).origin, height }),
      dataset_version: version.id,
    };
    return new Response(JSON.stringify(body), {
      headers: { ...CORS_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": cacheControlFor(Boolean(parsed.state.v)), "x-dataset-version": version.id },
    });
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
