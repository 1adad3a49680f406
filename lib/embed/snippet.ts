// The code a journalist pastes: an iframe, a tiny listener that applies the heights the embed posts, and a
// linked preview image for where no script runs. The listener takes only a number, clamped to a sane range,
// and only from one of our frames: from our origin, or from origin "null" (a sandboxed frame, whose pages
// have no origin) when the message comes from that very frame's window and its address is ours.
// Where a CMS strips the script, the frame keeps a height worked out for the reader's screen width: tall
// enough on a phone that the table is not hidden behind a scroll inside the frame (see frameHeights).
import { html, type Markup } from "../text/html";

export const DEFAULT_EMBED_HEIGHT = 600;
export const EMBED_HEIGHT_RANGE = { min: 120, max: 8000 } as const;

export function listenerScript(origin: string): string {
  const o = JSON.stringify(origin);
  return `(function(){addEventListener("message",function(e){var d=e.data,n=e.origin==="null";if((e.origin!==${o}&&!n)||!d||d.type!=="pactdiff:height")return;var h=Number(d.height);if(!isFinite(h))return;h=Math.min(${EMBED_HEIGHT_RANGE.max},Math.max(${EMBED_HEIGHT_RANGE.min},Math.ceil(h)));document.querySelectorAll("iframe[data-pactdiff-embed]").forEach(function(f){if(f.contentWindow===e.source&&(!n||f.src.indexOf(${JSON.stringify(`${origin}/`)})===0))f.style.height=h+"px"})})})();`;
}

/**
 * The frame's height before (or without) the script: `attribute` for the height attribute, enough at a phone's
 * width; `style`, a CSS height that follows the reader's screen width from a phone to a desktop column; and
 * `onScreen`, the height that CSS gives on a screen so wide (CSS px), for checking it.
 */
export type FrameHeights = { attribute: number; style: string; onScreen: (screen: number) => number };

/** Screen widths (CSS px) where the estimate is taken: the narrowest phone, a common phone, the last and first
 *  widths of the embed's two layouts (cards up to a 480 px frame, a table from 481), a narrow article column. */
const SEGMENTS: [number, number][] = [
  [320, 375],
  [375, 528],
  [529, 648],
];
/** What the page around the frame takes from the screen's width (margins of 24 px each side). */
export const PAGE_MARGIN = 48;
/** Text hidden in an inner scroll is lost to the reader; space below the table is not: the estimate (within a fifth
 *  of the measured height, e2e/cite-share.spec.ts) is padded by a fifth. */
const PAD = 1.2;

/**
 * Heights from an estimate at a frame width (`heightAt`). The estimate falls as the width grows, faster than a
 * straight line: a straight line between two widths stays above it in between, so the CSS height is the highest of
 * three such lines (narrow phones, phones, and from the table layout to a desktop column), kept between the
 * estimate at the column's width and at the narrowest phone. The attribute (what is left where a sanitiser drops
 * the style) is the estimate on a 375 px screen, the commonest phone width class: a desktop shows space below.
 */
export function frameHeights(heightAt: (width: number) => number, maxHeight = Number.POSITIVE_INFINITY): FrameHeights {
  const at = (screen: number) => Math.min(maxHeight, EMBED_HEIGHT_RANGE.max, Math.ceil(heightAt(screen - PAGE_MARGIN) * PAD));
  const lines = SEGMENTS.map(([from, to]) => ({ from, height: at(from), slope: Number(((at(from) - at(to)) / (to - from)).toFixed(3)) }));
  const floor = at(SEGMENTS[SEGMENTS.length - 1]![1]);
  const top = at(SEGMENTS[0]![0]);
  const css = lines.map((l) => `calc(${l.height}px - (100vw - ${l.from}px) * ${l.slope})`);
  return {
    attribute: at(375),
    style: `clamp(${floor}px, max(${css.join(", ")}), ${top}px)`,
    onScreen: (screen) => Math.max(floor, Math.min(top, Math.max(...lines.map((l) => l.height - (screen - l.from) * l.slope)))),
  };
}

export type SnippetInput = {
  src: string;
  title: string;
  origin: string;
  /** A height in px, or heights by screen width (frameHeights). */
  height?: number | FrameHeights;
  /** The page the embed shows and its preview image: linked in place of the frame where no script runs. */
  fallback?: { page: string; image: string };
  /** The largest size an oEmbed consumer asked for: the frame never grows past it. */
  max?: { width?: number | undefined; height?: number | undefined };
};

export function embedSnippet({ src, title, origin, height = DEFAULT_EMBED_HEIGHT, fallback, max = {} }: SnippetInput): string {
  const heights = typeof height === "number" ? { attribute: height, style: null } : height;
  const style = [
    "border:0",
    "width:100%",
    `max-width:${max.width ? `${max.width}px` : "100%"}`,
    heights.style ? `height:${heights.style}` : "",
    max.height ? `max-height:${max.height}px` : "",
  ]
    .filter(Boolean)
    .join(";");
  const frame = html`<iframe src="${src}" title="${title}" width="100%" height="${heights.attribute}" loading="lazy" style="${style}" data-pactdiff-embed></iframe>`;
  const parts: (Markup | string)[] = [frame];
  if (fallback) parts.push(noscriptImage(fallback, title));
  parts.push(`<script>${listenerScript(origin)}</script>`);
  return parts.map(String).join("\n");
}

/**
 * The preview image of the table, linked to its page, in a <noscript>: shown where the host page runs no script,
 * and left in place by sanitisers that strip the tags they refuse but keep what is between them (the frame may go
 * with the script). Not inside the iframe: browsers read an iframe's content as text and never show it, and so
 * does a sanitiser that parses as a browser does, which would print the markup; those (DOMPurify) drop a
 * <noscript> with its content instead.
 */
function noscriptImage({ page, image }: { page: string; image: string }, title: string): Markup {
  return html`<noscript><a href="${page}"><img src="${image}" alt="${`${title}: preview of the table`}" width="1200" height="630" style="max-width:100%;height:auto;border:0"></a></noscript>`;
}
