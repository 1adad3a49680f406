import { ApiError } from "@/lib/api/errors";
import { CORS_HEADERS, preflight, sendError } from "@/lib/api/respond";
import { getComparison } from "@/lib/data/comparison";
import { estimateEmbedHeight } from "@/lib/embed/height";
import { embedSnippet } from "@/lib/embed/snippet";
import { embedHref, parseEmbedState } from "@/lib/embed/state";
import { readQuery } from "@/lib/domain/params";
import { estimateProvisionEmbedHeight, provisionEmbedHref } from "@/lib/embed/provision";
import { parseProvisionState } from "@/lib/compare/provision-state";
import { getProvisionView } from "@/lib/data/provision-view";
import { env } from "@/lib/runtime/env";
import { cacheControlFor } from "@/lib/http-cache";
import { LICENCE } from "@/lib/licence";

const DEFAULT_WIDTH = 800;
const MIN_WIDTH = 240;

// GET /api/oembed?url=…&maxwidth=&maxheight=&format=json[&pinned=0] — oEmbed 1.0 "rich" response for a
// comparison or embed URL of this site, so a CMS turns a pasted link into the embed. As in the embed
// builder, the code is pinned to the dataset version by default (the table will not change under the
// article); `html_live` (or pinned=0) follows the catalogue. A focused row (#provision-key) becomes the
// embed's row selection, and the height is estimated for the width asked.
export async function GET(request: Request) {
  try {
    const read = readQuery(new URL(request.url).searchParams, ["format", "url", "maxwidth", "maxheight", "pinned"]);
    if (!read.ok) throw new ApiError("bad_request", read.problem.message);
    const { format = "json", url: target, maxwidth, maxheight, pinned: wantPinned = true } = read.values;
    if (format !== "json") throw new ApiError("not_implemented", "Only format=json is supported.");
    if (!target) throw new ApiError("bad_request", "The url parameter is required.");

    const site = env().SITE_URL;
    const notOurs = new ApiError(
      "not_found",
      `That URL is not a Pactdiff comparison or provision: give a /compare/…, /provisions/… or /embed/… address on ${new URL(site).origin}.`,
    );
    let parsedUrl: URL;
    try {
      parsedUrl = new URL(target);
    } catch {
      throw notOurs;
    }
    if (parsedUrl.origin !== new URL(site).origin) throw notOurs;
    const provision = /^\/(?:embed\/)?provisions\/([^/]+)$/.exec(parsedUrl.pathname);
    if (provision?.[1]) return await provisionOembed(provision[1], parsedUrl, { maxwidth, maxheight, wantPinned, site, notOurs });
    const match = /^\/(?:embed\/)?compare\/(.+)$/.exec(parsedUrl.pathname);
    if (!match?.[1]) throw notOurs;
    const parsed = parseEmbedState(match[1].split("/"), parsedUrl.searchParams);
    if (!parsed.ok && parsed.kind === "invalid" && parsed.reason === "parameter")
      throw new ApiError(parsed.status === 404 ? "not_found" : "bad_request", `In url: ${parsed.message}`);
    if (!parsed.ok) throw notOurs;
    const result = await getComparison(parsed.state);
    if (result.kind !== "ok") throw new ApiError("not_found", "That comparison does not exist.");

    const { comparison, version } = result;
    const focus = parsedUrl.hash.slice(1);
    const focused =
      parsed.state.view === "clauses" && parsed.state.rows.length === 0 && comparison.rows.some((r) => r.provision.key === focus)
        ? focus
        : null;
    const state = { ...parsed.state, rows: focused ? [focused] : parsed.state.rows };
    const width = Math.max(MIN_WIDTH, Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH));
    const height = Math.min(maxheight ?? Number.POSITIVE_INFINITY, estimateEmbedHeight(comparison, state, width));
    const title = `${comparison.agreements.map((a) => a.shortTitle).join(" vs ")} · Pactdiff`;
    const origin = new URL(site).origin;
    const pinnedHtml = embedSnippet({ src: embedHref({ ...state, v: version.id }, site), title, origin, height });
    const liveHtml = embedSnippet({ src: embedHref({ ...state, v: undefined }, site), title, origin, height });
    return richResponse({
      title,
      width,
      height,
      pinnedHtml,
      liveHtml,
      urlPinned: Boolean(parsed.state.v),
      wantPinned,
      focused,
      versionId: version.id,
      site,
    });
  } catch (error) {
    return sendError(error);
  }
}

/** oEmbed of a provision page or embed: the same fields as a comparison's, for the provision's embed. */
async function provisionOembed(
  key: string,
  url: URL,
  {
    maxwidth,
    maxheight,
    wantPinned,
    site,
    notOurs,
  }: { maxwidth: number | undefined; maxheight: number | undefined; wantPinned: boolean; site: string; notOurs: ApiError },
): Promise<Response> {
  const parsed = parseProvisionState(key, url.searchParams);
  if (!parsed.ok) throw parsed.status === 404 ? notOurs : new ApiError("bad_request", `In url: ${parsed.message}`);
  const themed = readQuery(url.searchParams, ["theme"]);
  if (!themed.ok) throw new ApiError("bad_request", `In url: ${themed.problem.message}`);
  const result = await getProvisionView(parsed.state);
  if (result.kind !== "ok")
    throw new ApiError(
      "not_found",
      result.kind === "unknown-version" ? "No dataset version has that id (v=…)." : `No provision has the key ${parsed.state.key}.`,
    );
  const { view, state, version } = result;
  const theme = themed.values.theme ?? "light";
  const width = Math.max(MIN_WIDTH, Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH));
  const height = Math.min(maxheight ?? Number.POSITIVE_INFINITY, estimateProvisionEmbedHeight(view, width));
  const title = `${view.provision.label} · Pactdiff`;
  const origin = new URL(site).origin;
  const pinnedHtml = embedSnippet({ src: provisionEmbedHref({ ...state, theme, v: version.id }, site), title, origin, height });
  const liveHtml = embedSnippet({ src: provisionEmbedHref({ ...state, theme, v: undefined }, site), title, origin, height });
  return richResponse({
    title,
    width,
    height,
    pinnedHtml,
    liveHtml,
    urlPinned: Boolean(parsed.state.v),
    wantPinned,
    focused: null,
    versionId: version.id,
    site,
  });
}

/** The oEmbed 1.0 "rich" answer. A link that names its version is pinned whatever is asked: that is what it shows. */
function richResponse(o: {
  title: string;
  width: number;
  height: number;
  pinnedHtml: string;
  liveHtml: string;
  urlPinned: boolean;
  wantPinned: boolean;
  focused: string | null;
  versionId: string;
  site: string;
}): Response {
  const pinned = o.urlPinned || o.wantPinned;
  const body = {
    version: "1.0",
    type: "rich",
    title: o.title,
    provider_name: "Pactdiff",
    provider_url: o.site,
    author_name: "Pactdiff",
    author_url: o.site,
    cache_age: 3600,
    width: o.width,
    height: o.height,
    html: pinned ? o.pinnedHtml : o.liveHtml,
    html_pinned: o.pinnedHtml,
    html_live: o.urlPinned ? null : o.liveHtml,
    pinned,
    focused_row: o.focused,
    dataset_version: o.versionId,
    license_url: LICENCE.url,
  };
  return new Response(JSON.stringify(body), {
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "cache-control": cacheControlFor(o.urlPinned),
      "x-dataset-version": o.versionId,
    },
  });
}

export const OPTIONS = preflight;
