// The code a journalist pastes: an iframe plus a tiny listener that applies the heights the embed posts,
// accepting messages only from our origin and only a number, clamped to a sane range.
import { html } from "../text/html";

export const DEFAULT_EMBED_HEIGHT = 600;
export const EMBED_HEIGHT_RANGE = { min: 120, max: 8000 } as const;

export function listenerScript(origin: string): string {
  const o = JSON.stringify(origin);
  return `(function(){addEventListener("message",function(e){if(e.origin!==${o}||!e.data||e.data.type!=="pactdiff:height")return;var h=Number(e.data.height);if(!isFinite(h))return;h=Math.min(${EMBED_HEIGHT_RANGE.max},Math.max(${EMBED_HEIGHT_RANGE.min},Math.ceil(h)));document.querySelectorAll("iframe[data-pactdiff-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})})})();`;
}

export function embedSnippet({
  src,
  title,
  origin,
  height = DEFAULT_EMBED_HEIGHT,
}: {
  src: string;
  title: string;
  origin: string;
  height?: number;
}): string {
  return `${html`<iframe src="${src}" title="${title}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:100%" data-pactdiff-embed></iframe>`.value}\n<script>${listenerScript(origin)}</script>`;
}
