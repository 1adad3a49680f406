// The oEmbed 1.0 answer (https://oembed.com), whatever is embedded. A comparison or a provision is a "rich"
// answer: the embed code pinned to the dataset version and live beside it, sized for what the consumer asked.
// An agreement has no embed of its own: it is a "link" answer (title, provider, preview image). The preview
// image is offered as the thumbnail when it fits the size asked. The route (app/api/oembed/route.ts) resolves
// the address; this writes the answer, cached as its address is. `oembedAlternates` is what a page's metadata
// announces so that a CMS finds the answer from the page's own address.
import type { Metadata } from "next";
import { ApiError } from "../api/errors";
import { CORS_HEADERS } from "../api/respond";
import { cacheControlFor } from "../http-cache";
import { LICENCE } from "../licence";
import { EMBED_HEIGHT_RANGE, embedSnippet, frameHeights } from "./snippet";

const DEFAULT_WIDTH = 800;
/** The narrowest the embed can be laid out: its cards still set about 20 characters a line at 200 px. */
export const MIN_WIDTH = 200;
/** The preview images' size (app/og/). */
export const THUMBNAIL = { width: 1200, height: 630 } as const;

/** What the consumer asked: the largest size it can show, and whether it wants the code pinned. */
export type OembedAsk = { maxwidth?: number | undefined; maxheight?: number | undefined; wantPinned: boolean; site: string };

/** What is embedded. Each address is absolute; `v` undefined is the live address, a version id the pinned one. */
export type Embedded = {
  title: string;
  versionId: string;
  /** The address named a version: then the answer is pinned whatever is asked, as that is what it shows. */
  urlPinned: boolean;
  focused: string | null;
  /** Its 1200×630 preview image: the thumbnail, and what the embed code links where the frame cannot be shown. */
  image: (v: string | undefined) => string;
  /** The embed to frame, the page it links to, and its height at a width; none (an agreement) makes a link answer. */
  frame?: { src: (v: string | undefined) => string; page: (v: string | undefined) => string; heightAt: (width: number) => number };
};

/** The width answered: the asked maximum up to 800 px; narrower than the narrowest layout cannot be done (501). */
export function answerWidth(maxwidth: number | undefined): number {
  if (maxwidth !== undefined && maxwidth < MIN_WIDTH)
    throw new ApiError("not_implemented", `The embed cannot be laid out narrower than ${MIN_WIDTH} px (maxwidth=${maxwidth}).`);
  return Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
}

/** The height answered: the estimate at that width, or the asked maximum (the frame then scrolls); under 120 px, 501. */
export function answerHeight(maxheight: number | undefined, estimate: number): number {
  if (maxheight !== undefined && maxheight < EMBED_HEIGHT_RANGE.min)
    throw new ApiError("not_implemented", `The embed cannot be shown lower than ${EMBED_HEIGHT_RANGE.min} px (maxheight=${maxheight}).`);
  return Math.min(maxheight ?? Number.POSITIVE_INFINITY, Math.ceil(estimate));
}

/** The preview image as oEmbed's thumbnail, which must respect maxwidth and maxheight: left out when it would not. */
function thumbnail(ask: OembedAsk, url: string): Record<string, string | number> {
  const fits = (ask.maxwidth ?? Infinity) >= THUMBNAIL.width && (ask.maxheight ?? Infinity) >= THUMBNAIL.height;
  return fits ? { thumbnail_url: url, thumbnail_width: THUMBNAIL.width, thumbnail_height: THUMBNAIL.height } : {};
}

function richFields(ask: OembedAsk, e: Embedded, frame: NonNullable<Embedded["frame"]>, pinned: boolean) {
  const width = answerWidth(ask.maxwidth);
  const height = answerHeight(ask.maxheight, frame.heightAt(width));
  const title = `${e.title} · Pactdiff`;
  const origin = new URL(ask.site).origin;
  const heights = frameHeights(frame.heightAt, ask.maxheight);
  const max = { width: ask.maxwidth === undefined ? undefined : width, height: ask.maxheight };
  const code = (v: string | undefined) =>
    embedSnippet({ src: frame.src(v), title, origin, height: heights, fallback: { page: frame.page(v), image: e.image(v) }, max });
  const pinnedHtml = code(e.versionId);
  const liveHtml = e.urlPinned ? null : code(undefined);
  return {
    type: "rich",
    width,
    height,
    html: pinned ? pinnedHtml : liveHtml,
    html_pinned: pinnedHtml,
    html_live: liveHtml,
    focused_row: e.focused,
  };
}

export function oembedAnswer(ask: OembedAsk, e: Embedded): Response {
  const pinned = e.urlPinned || ask.wantPinned;
  const shown = pinned ? e.versionId : undefined;
  const body = {
    version: "1.0",
    ...(e.frame ? richFields(ask, e, e.frame, pinned) : { type: "link" }),
    title: `${e.title} · Pactdiff`,
    provider_name: "Pactdiff",
    provider_url: ask.site,
    author_name: "Pactdiff",
    author_url: ask.site,
    cache_age: 3600,
    ...thumbnail(ask, e.image(shown)),
    pinned,
    dataset_version: e.versionId,
    license_url: LICENCE.url,
  };
  return new Response(JSON.stringify(body), {
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "cache-control": cacheControlFor(e.urlPinned),
      "x-dataset-version": e.versionId,
    },
  });
}

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * A page's alternates for its metadata (`alternates: { canonical, types: oembedAlternates(…) }`): its oEmbed answer
 * (discovery: a CMS given the page's address finds its embed) and, when given, its JSON from the API.
 * `pageUrl` is the page's absolute address on this site.
 */
export function oembedAlternates(pageUrl: string, json?: string): AlternateTypes {
  const types: AlternateTypes = { "application/json+oembed": `/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json` };
  if (json) types["application/json"] = json;
  return types;
}
