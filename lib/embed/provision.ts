// The embed of a provision page: every wording of one provision (a page of them) as an accessible table
// — agreement and date, the wording diffed against the reference or the wording before it, its similarity
// and provenance, its closest earlier wording — with attribution, the dataset version, CSV/JSON and a
// citation. Plain HTML, no framework JavaScript; the same styles and height script as comparison embeds.
// Also the code the provision page offers to paste (provisionEmbedCode).
import { directionOf } from "@/lib/text/direction";
import { changesOf, type ProvisionView } from "../compare/provision";
import { provisionHref, type ProvisionState } from "../compare/provision-state";
import { caveatSentence, provenanceLine } from "../compare/provenance";
import { CITATION_MEDIA, citationHref, cslItem, formattedReference, splitAtAccessed } from "../cite/cite";
import { provisionKey } from "../cite/keys";
import { versionTime, type DatedVersion } from "../cite/version-date";
import { formatPartialDate } from "../format";
import { html, trusted } from "../text/html";
import { LICENCE } from "../licence";
import type { Theme } from "./state";
import { diffQuote } from "./render";
import { sourceList } from "./sources";
import { EMBED_CSS, EMBED_SCRIPT } from "./styles";
import { embedSnippet, frameHeights } from "./snippet";

export type ProvisionEmbedState = ProvisionState & { theme: Theme };

export function provisionEmbedHref(state: ProvisionEmbedState, site = ""): string {
  const href = provisionHref(state, {}, "/embed/provisions");
  if (state.theme === "light") return `${site}${href}`;
  return `${site}${href}${href.includes("?") ? "&" : "?"}theme=${state.theme}`;
}

export function renderProvisionEmbed(
  view: ProvisionView,
  state: ProvisionEmbedState,
  version: { id: string; isLatest: boolean; isPreview?: boolean } & DatedVersion,
  site: string,
): string {
  const title = view.provision.label;
  const full = `${site}${provisionHref({ ...state, v: undefined })}`;
  const pinnedPath = provisionHref({ ...state, page: 1, v: version.id });
  const api = `${site}${provisionHref({ ...state, page: 1, v: version.id }, {}, "/api/v1/provisions")}`;
  const against = state.against === "previous" ? "the wording before it" : (view.reference?.shortTitle ?? "the earliest");
  const sources = view.rows.flatMap((r) => r.compared.flatMap((t) => t.citations.map((c) => c.source)));
  const item = cslItem(
    {
      key: provisionKey(state),
      title: `${title}: every wording compared`,
      pinnedPath,
      versionId: version.id,
      versionDate: versionTime(version),
    },
    site,
    new Date(),
  );
  const formatted = formattedReference(item);
  const [before, after] = splitAtAccessed(formatted);
  const links = (["bibtex", "ris", "csl-json"] as const).map(
    (f, i) => html`${i ? " · " : ""}<a href="${`${site}${citationHref(pinnedPath, f)}`}">${CITATION_MEDIA[f].label}</a>`,
  );
  const rows = view.rows.map((r) => {
    const diff = r.step.diff?.ok && !r.step.diff.identical ? r.step.diff : null;
    const figure = r.isReference
      ? html`<span class="status">Reference</span>`
      : r.step.diff?.ok
        ? html`<span class="meta">${Math.round(r.step.diff.similarity * 100)}% similar to ${r.step.against?.shortTitle ?? ""}</span>`
        : html`<span class="meta">Not diffed${r.step.why ? `: ${r.step.why}` : ""}</span>`;
    const text = diff
      ? diffQuote(diff, r.language)
      : r.compared.map((t) => html`<blockquote lang="${t.language}" dir="${directionOf(t.language)}">${t.text}</blockquote>`);
    const step = changesOf(r.model?.diff ?? null);
    const model = r.model
      ? html`<span class="meta">Closest earlier wording: ${r.model.shortTitle}${step.dropped.length ? ` · dropped ${step.dropped.map((w) => `“${w}”`).join(", ")}` : ""}${step.added.length ? ` · added ${step.added.map((w) => `“${w}”`).join(", ")}` : ""}</span>`
      : "";
    return html`<tr><th scope="row">${r.agreement.shortTitle}<small class="meta">${formatPartialDate(r.agreement.date)}</small>${figure}</th><td data-label="Wording">${r.caveats.length ? html`<span class="meta caveat">${caveatSentence(r.caveats)}</span>` : ""}${text}${r.compared.map((t) => html`<span class="meta">${provenanceLine(t)}</span>`)}${model}</td></tr>`;
  });
  const newer = !version.isLatest
    ? html` · <a href="${full}" target="_blank" rel="noopener">${version.isPreview ? "Preview — not published" : "newer data available"}</a>`
    : "";
  return `<!DOCTYPE html>${
    html`<html lang="en" data-theme="${state.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Pactdiff</title><link rel="canonical" href="${full}"><meta name="robots" content="noindex">
<style>${trusted(EMBED_CSS)}</style></head><body><main><h1 class="sr">${title}</h1>
<table><caption><strong>${title}</strong><small>${view.matching} wordings in date order${view.pages > 1 ? `, ${view.offset + 1}–${view.offset + view.rows.length} shown` : ""}; words that differ from ${against} are struck through (deleted) or underlined (inserted). <a href="${`${site}/methodology#similarity`}" target="_blank" rel="noopener">How similarity is measured</a>.</small></caption>
<thead><tr><th scope="col">Agreement</th><th scope="col">Wording</th></tr></thead><tbody>${rows}</tbody></table>
<footer><p>From <a href="${full}" target="_blank" rel="noopener"><strong>Pactdiff</strong>: ${title}</a> · dataset version ${version.id}${newer} · <a href="${`${api}&format=csv`}">CSV</a> · <a href="${api}">JSON</a></p>
<p class="cite">Cite: ${before}<time datetime="${formatted.accessed}" data-accessed>${formatted.accessed}</time>${after} ${links}. Coding and notes: <a href="${LICENCE.url}" rel="license" target="_blank">${LICENCE.short}</a>; quoted texts remain their publishers'.</p>
${sourceList(sources, site)}
</footer></main><script>${trusted(EMBED_SCRIPT)}</script></body></html>`.value
  }`;
}

/** The embed's height at a width, estimated from its text (the embed posts its real height once loaded). */
export function estimateProvisionEmbedHeight(view: ProvisionView, width: number): number {
  const charsPerLine = Math.max(20, Math.floor((width * 0.7) / 8));
  const rows = view.rows.reduce(
    (h, r) => h + 70 + 24 * Math.ceil(r.compared.reduce((n, t) => n + t.text.length, 0) / charsPerLine) + 18 * (r.compared.length + 1),
    0,
  );
  return Math.min(8000, Math.max(240, 160 + rows + 120));
}

/**
 * The code to paste for a provision page's embed, pinned to a version: its heights for the reader's screen
 * width (./snippet.ts, frameHeights) and its preview image linked to the page where no script runs.
 */
export function provisionEmbedCode(view: ProvisionView, state: ProvisionState, versionId: string, site: string): string {
  const pinned = { ...state, page: 1, v: versionId };
  return embedSnippet({
    src: provisionEmbedHref({ ...pinned, theme: "light" }, site),
    title: `${view.provision.label} · Pactdiff`,
    origin: new URL(site).origin,
    height: frameHeights((width) => estimateProvisionEmbedHeight(view, width)),
    fallback: { page: `${site}${provisionHref(pinned)}`, image: `${site}/og${provisionHref(pinned)}` },
  });
}
