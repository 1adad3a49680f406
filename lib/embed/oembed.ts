// The oEmbed 1.0 "rich" answer (https://oembed.com), whatever is embedded (a comparison, a provision): the
// width and height for what was asked, the embed code pinned to the dataset version and live beside it,
// cached as its address is. The route (app/api/oembed/route.ts) resolves the address; this writes the answer.
import { CORS_HEADERS } from "../api/respond";
import { cacheControlFor } from "../http-cache";
import { LICENCE } from "../licence";
import { embedSnippet } from "./snippet";

const DEFAULT_WIDTH = 800;
const MIN_WIDTH = 240;

/** What the consumer asked: the largest size it can show, and whether it wants the code pinned. */
export type OembedAsk = { maxwidth?: number | undefined; maxheight?: number | undefined; wantPinned: boolean; site: string };

/** What is embedded: its title and version, the embed's address at a version (undefined: live), its height at a width. */
export type Embedded = {
  title: string;
  versionId: string;
  /** The address named a version: then the answer is pinned whatever is asked, as that is what it shows. */
  urlPinned: boolean;
  focused: string | null;
  src: (v: string | undefined) => string;
  heightAt: (width: number) => number;
};

export function oembedAnswer(ask: OembedAsk, e: Embedded): Response {
  const width = Math.max(MIN_WIDTH, Math.min(ask.maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH));
  const height = Math.min(ask.maxheight ?? Number.POSITIVE_INFINITY, e.heightAt(width));
  const title = `${e.title} · Pactdiff`;
  const origin = new URL(ask.site).origin;
  const pinnedHtml = embedSnippet({ src: e.src(e.versionId), title, origin, height });
  const liveHtml = embedSnippet({ src: e.src(undefined), title, origin, height });
  const pinned = e.urlPinned || ask.wantPinned;
  const body = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: "Pactdiff",
    provider_url: ask.site,
    author_name: "Pactdiff",
    author_url: ask.site,
    cache_age: 3600,
    width,
    height,
    html: pinned ? pinnedHtml : liveHtml,
    html_pinned: pinnedHtml,
    html_live: e.urlPinned ? null : liveHtml,
    pinned,
    focused_row: e.focused,
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
