import { ApiError } from "@/lib/api/errors";
import { preflight, sendError } from "@/lib/api/respond";
import { parseProvisionState } from "@/lib/compare/provision-state";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { getComparison } from "@/lib/data/comparison";
import { getProvisionView } from "@/lib/data/provision-view";
import { resolveVersion } from "@/lib/data/versions";
import { readQuery } from "@/lib/domain/params";
import { slugSchema } from "@/lib/domain/schema";
import { estimateEmbedHeight } from "@/lib/embed/height";
import { oembedAnswer, type Embedded } from "@/lib/embed/oembed";
import { estimateProvisionEmbedHeight, provisionEmbedHref } from "@/lib/embed/provision";
import { embedHref, parseEmbedState } from "@/lib/embed/state";
import { env } from "@/lib/runtime/env";
import { compareHref, provisionHref } from "@/lib/urls";

// GET /api/oembed?url=…&maxwidth=&maxheight=&format=json[&pinned=0] — oEmbed 1.0 "rich" response for a
// comparison, provision or embed URL of this site, so a CMS turns a pasted link into the embed; a "link"
// response (title, preview image) for an agreement page. As in the embed builder, the code is pinned to the
// dataset version by default (the table will not change under the article); `html_live` (or pinned=0)
// follows the catalogue. A focused row (#provision-key) becomes the embed's row selection. A size smaller
// than the embed can be laid out in is a 501. This resolves the address; lib/embed/oembed.ts writes the answer.
export async function GET(request: Request) {
  try {
    const read = readQuery(new URL(request.url).searchParams, ["format", "url", "maxwidth", "maxheight", "pinned"]);
    if (!read.ok) throw new ApiError("bad_request", read.problem.message);
    const { format = "json", url: target, maxwidth, maxheight, pinned: wantPinned = true } = read.values;
    if (format !== "json") throw new ApiError("not_implemented", "Only format=json is supported.");
    if (!target) throw new ApiError("bad_request", "The url parameter is required.");
    const site = env().SITE_URL;
    return oembedAnswer({ maxwidth, maxheight, wantPinned, site }, await embedded(target, site));
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;

/** What an address of this site embeds: a comparison or a provision; a clear 4xx for anything else. */
async function embedded(target: string, site: string): Promise<Embedded> {
  const origin = new URL(site).origin;
  const notOurs = new ApiError(
    "not_found",
    `That URL is not a Pactdiff comparison, provision or agreement: give a /compare/…, /provisions/…, /agreements/… or /embed/… address on ${origin}.`,
  );
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw notOurs;
  }
  if (url.origin !== origin) throw notOurs;
  const provision = /^\/(?:embed\/)?provisions\/([^/]+)$/.exec(url.pathname)?.[1];
  if (provision) return provisionEmbedded(provision, url, site, notOurs);
  const agreement = /^\/agreements\/([^/]+)$/.exec(url.pathname)?.[1];
  if (agreement) return agreementEmbedded(agreement, url, site, notOurs);
  const slugs = /^\/(?:embed\/)?compare\/(.+)$/.exec(url.pathname)?.[1];
  if (!slugs) throw notOurs;
  return comparisonEmbedded(slugs, url, site, notOurs);
}

async function comparisonEmbedded(slugs: string, url: URL, site: string, notOurs: ApiError): Promise<Embedded> {
  const parsed = parseEmbedState(slugs.split("/"), url.searchParams);
  if (!parsed.ok && parsed.kind === "invalid" && parsed.reason === "parameter")
    throw new ApiError(parsed.status === 404 ? "not_found" : "bad_request", `In url: ${parsed.message}`);
  if (!parsed.ok) throw notOurs;
  const result = await getComparison(parsed.state);
  if (result.kind !== "ok") throw new ApiError("not_found", "That comparison does not exist.");
  const { comparison, version } = result;
  const focus = url.hash.slice(1);
  const focused =
    parsed.state.view === "clauses" && parsed.state.rows.length === 0 && comparison.rows.some((r) => r.provision.key === focus)
      ? focus
      : null;
  const state = { ...parsed.state, rows: focused ? [focused] : parsed.state.rows };
  return {
    title: comparison.agreements.map((a) => a.shortTitle).join(" vs "),
    versionId: version.id,
    urlPinned: Boolean(parsed.state.v),
    focused,
    image: (v) => `${site}/og${compareHref({ slugs: state.slugs, view: "clauses", diff: "words", v })}`,
    frame: {
      src: (v) => embedHref({ ...state, v }, site),
      page: (v) => `${site}${compareHref({ ...state, v })}${focused ? `#${focused}` : ""}`,
      heightAt: (width) => estimateEmbedHeight(comparison, state, width),
    },
  };
}

async function provisionEmbedded(key: string, url: URL, site: string, notOurs: ApiError): Promise<Embedded> {
  const parsed = parseProvisionState(key, url.searchParams);
  if (!parsed.ok) throw parsed.status === 404 ? notOurs : new ApiError("bad_request", `In url: ${parsed.message}`);
  const themed = readQuery(url.searchParams, ["theme"]);
  if (!themed.ok) throw new ApiError("bad_request", `In url: ${themed.problem.message}`);
  const result = await getProvisionView(parsed.state);
  if (result.kind === "unknown-version") throw new ApiError("not_found", "No dataset version has that id (v=…).");
  if (result.kind === "unknown-provision") throw new ApiError("not_found", `No provision has the key ${parsed.state.key}.`);
  const { view, state, version } = result;
  const theme = themed.values.theme ?? "light";
  return {
    title: view.provision.label,
    versionId: version.id,
    urlPinned: Boolean(parsed.state.v),
    focused: null,
    image: (v) => `${site}/og${provisionHref({ ...state, page: 1, v })}`,
    frame: {
      src: (v) => provisionEmbedHref({ ...state, theme, v }, site),
      page: (v) => `${site}${provisionHref({ ...state, v })}`,
      heightAt: (width) => estimateProvisionEmbedHeight(view, width),
    },
  };
}

/** An agreement page: no embed of its own, so a link answer with its preview image. */
async function agreementEmbedded(slug: string, url: URL, site: string, notOurs: ApiError): Promise<Embedded> {
  const read = readQuery(url.searchParams, ["v"]);
  if (!read.ok) throw new ApiError(read.problem.status === 404 ? "not_found" : "bad_request", `In url: ${read.problem.message}`);
  if (!slugSchema.safeParse(slug).success) throw notOurs;
  const version = await resolveVersion(read.values.v);
  if (!version) throw new ApiError("not_found", "No dataset version has that id (v=…).");
  const agreement = await getAgreementBySlug(version.id, slug);
  if (!agreement) throw new ApiError("not_found", `No agreement has the slug ${slug}.`);
  return {
    title: agreement.shortTitle,
    versionId: version.id,
    urlPinned: read.values.v !== undefined,
    focused: null,
    image: (v) => `${site}/og/agreement/${slug}${v ? `?v=${v}` : ""}`,
  };
}
