// The embed's HTML, built without React so that it ships no framework JavaScript: a caption, an
// accessible table (header scopes, labelled cells), attribution linking back to the full comparison,
// the dataset version, and the sources cited in the rows shown.
import { directionOf } from "@/lib/text/direction";
import type { Cell } from "../compare/align";
import type { Comparison } from "../compare/comparison";
import { caveatSentence, provenanceLine } from "../compare/provenance";
import type { ClauseText } from "@/lib/domain/schema";
import { rowStatusLabel } from "../compare/row-status";
import { compareHref } from "../compare/state";
import type { Citation } from "@/lib/domain/schema";
import { basisLabel, confidenceLabel, eventKindLabel, formatPartialDate, positionLabel } from "../format";
import { html, trusted, type Markup } from "../text/html";
import { shownRows, type EmbedState } from "./state";
import { sourceList } from "./sources";
import { EMBED_CSS, EMBED_SCRIPT } from "./styles";
import { CITATION_MEDIA, citationHref, cslItem, formattedReference, splitAtAccessed } from "../cite/cite";
import { comparisonKey } from "../cite/keys";
import { versionTime, type DatedVersion } from "../cite/version-date";
import { LICENCE } from "../licence";
import type { DiffPart } from "../compare/word-diff";

type Version = { id: string; isLatest: boolean; isPreview?: boolean; latestId: string } & DatedVersion;

export function renderEmbed(comparison: Comparison, state: EmbedState, version: Version, site: string): string {
  const names = comparison.agreements.map((a) => a.shortTitle);
  const title = names.join(" vs ");
  const full = `${site}${compareHref(state)}`;
  const cited: Citation[] = [];
  const body =
    state.view === "scope"
      ? scopeTable(comparison, cited)
      : state.view === "dates"
        ? datesTable(comparison, cited)
        : clausesTable(comparison, state, cited, site);
  const api = `${site}/api/v1/compare/${state.slugs.join("/")}?v=${version.id}`;
  const newer = !version.isLatest
    ? html` · <a href="${`${site}${compareHref({ ...state, v: undefined })}`}" target="_blank" rel="noopener">${version.isPreview ? "Preview — not published" : "newer data available"}</a>`
    : "";

  return `<!DOCTYPE html>${
    html`<html lang="en" data-theme="${state.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Pactdiff</title><link rel="canonical" href="${full}"><meta name="robots" content="noindex">
<style>${trusted(EMBED_CSS)}</style></head><body><main><h1 class="sr">${title}</h1>${body}
<footer><p>From <a href="${full}" target="_blank" rel="noopener"><strong>Pactdiff</strong>: ${title}</a> · dataset version ${version.id}${newer} · <a href="${`${api}&format=csv`}">CSV</a> · <a href="${api}">JSON</a></p>
${citeLine(comparison, state, version, site)}
${sourceList(
  cited.map((c) => c.source),
  site,
)}
</footer></main><script>${trusted(EMBED_SCRIPT)}</script></body></html>`.value
  }`;
}

/** The footer's citation: the formatted reference (the embed's script sets the reader's access date) and downloads. */
function citeLine(comparison: Comparison, state: EmbedState, version: Version, site: string): Markup {
  const viewTitle = { clauses: "clauses compared", scope: "scope compared", dates: "dates compared" }[state.view];
  const pinnedPath = compareHref({ ...state, v: version.id });
  const item = cslItem(
    {
      key: comparisonKey(state),
      title: `${comparison.agreements.map((a) => a.shortTitle).join(" vs ")}: ${viewTitle}`,
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
  return html`<p class="cite">Cite: ${before}<time datetime="${formatted.accessed}" data-accessed>${formatted.accessed}</time>${after} ${links}. Coding and notes: <a href="${LICENCE.url}" rel="license" target="_blank">${LICENCE.short}</a>; quoted texts remain their publishers'.</p>`;
}

/**
 * What a cell says about its texts besides the texts themselves, shared with the height estimate
 * (./height.ts): the caveat of a diff (a translation, an unconfirmed wording), each shown text's
 * provenance line, and — when the diff was made on a translation — the originals shown beside it.
 */
export function cellNotes(cell: Cell, diffShown: boolean): { caveat: string | null; shown: ClauseText[]; originals: ClauseText[] } {
  const caveat = cell.caveats.length ? caveatSentence(cell.caveats) : null;
  if (diffShown) {
    const own = cell.compared?.own ?? [];
    const originals = own.some((t) => t.isTranslation)
      ? cell.clauses.flatMap((c) => c.texts.filter((t) => !t.isTranslation && !own.includes(t)))
      : [];
    return { caveat, shown: own, originals };
  }
  const shown = cell.clauses.map((c) => c.texts.find((x) => x.language === "en") ?? c.texts[0]).filter((t) => t !== undefined);
  return { caveat, shown, originals: [] };
}

function headerRow(comparison: Comparison, first: string, baseNote: boolean): Markup {
  return html`<thead><tr><th scope="col">${first}</th>${comparison.agreements.map(
    (a, i) => html`<th scope="col">${a.shortTitle}<small>${formatPartialDate(a.date)}${baseNote && i === 0 ? " · base" : ""}</small></th>`,
  )}</tr></thead>`;
}

function clausesTable(comparison: Comparison, state: EmbedState, cited: Citation[], site: string): Markup {
  const names = new Map(comparison.agreements.map((a) => [a.slug, a.shortTitle]));
  const name = (slug: string) => names.get(slug) ?? slug;
  const rows = shownRows(comparison.rows, state);
  const base = comparison.agreements[0]?.shortTitle ?? "";
  return html`<table><caption><strong>${comparison.agreements.map((a) => a.shortTitle).join(" vs ")}</strong><small>Clauses aligned by provision${state.diff === "words" ? html`; words that differ from ${base} are struck through (deleted) or underlined (inserted)` : ""}. <a href="${`${site}/methodology#similarity`}" target="_blank" rel="noopener">How similarity is measured</a>.</small></caption>
${headerRow(comparison, "Provision", true)}<tbody>${rows.map(
    (row) =>
      html`<tr id="${row.provision.key}"><th scope="row">${row.provision.label}<br><span class="status">${rowStatusLabel(row.status, name)}</span></th>${row.cells.map(
        (cell) => {
          cited.push(...cell.clauses.flatMap((c) => c.texts.flatMap((t) => t.citations)));
          if (cell.clauses.length === 0) return html`<td data-label="${name(cell.slug)}"><span class="none">No such provision.</span></td>`;
          const diff = state.diff === "words" && cell.diff?.ok && !cell.diff.identical ? cell.diff : null;
          const notes = cellNotes(cell, diff !== null);
          const similarity = cell.diff?.ok
            ? html`<span class="meta">${Math.round(cell.diff.similarity * 100)}% similar to ${base}</span>`
            : "";
          const caveat = notes.caveat ? html`<span class="meta caveat">${notes.caveat}</span>` : "";
          const marks = html`${notes.shown.map((t) => html`<span class="meta">${provenanceLine(t)}</span>`)}`;
          const originals = notes.originals.map(
            (t) =>
              html`<blockquote lang="${t.language}" dir="${directionOf(t.language)}">${t.text}</blockquote><span class="meta">Original: ${provenanceLine(t)}</span>`,
          );
          const text = diff
            ? diffQuote(diff, cell.comparedIn)
            : cell.clauses.map((c) => {
                const t = c.texts.find((x) => x.language === "en") ?? c.texts[0];
                if (!t) return "";
                return t.form === "paraphrase"
                  ? html`<p class="para" lang="${t.language}" dir="${directionOf(t.language)}">${t.text} <span class="meta">(paraphrase)</span></p>`
                  : html`<blockquote lang="${t.language}" dir="${directionOf(t.language)}">${t.text}${t.form === "truncated" ? html` <span class="meta">(truncated copy)</span>` : ""}</blockquote>`;
              });
          return html`<td data-label="${name(cell.slug)}">${caveat}${text}${marks}${originals}${similarity}<span class="meta">${cell.clauses.map((c) => c.label).join("; ")}</span></td>`;
        },
      )}</tr>`,
  )}</tbody></table>`;
}

function scopeTable(comparison: Comparison, cited: Citation[]): Markup {
  const names = new Map(comparison.agreements.map((a) => [a.slug, a.shortTitle]));
  return html`<table><caption><strong>${comparison.agreements.map((a) => a.shortTitle).join(" vs ")}</strong><small>What each covers, by activity; shaded rows differ.</small></caption>
${headerRow(comparison, "Activity", false)}<tbody>${comparison.scope.rows.map(
    (row) =>
      html`<tr class="${row.differs ? "differs" : ""}"><th scope="row">${row.category.label}<br><span class="status">${row.differs ? "Differs" : row.basesDiffer ? "Same, on different evidence" : "Same"}</span></th>${row.cells.map(
        (cell) => {
          cited.push(...cell.readings.flatMap((r) => r.citations));
          return html`<td data-label="${names.get(cell.slug) ?? cell.slug}">${
            cell.readings.length
              ? cell.readings.map(
                  (r) =>
                    html`<p><strong>${positionLabel(r.position)}</strong> <span class="meta">per ${basisLabel(r.basis)}${r.confidence ? ` · ${confidenceLabel(r.confidence)}` : ""}</span>${r.note}</p>`,
                )
              : html`<span class="none">Not assessed</span>`
          }</td>`;
        },
      )}</tr>`,
  )}</tbody></table>`;
}

function datesTable(comparison: Comparison, cited: Citation[]): Markup {
  const names = new Map(comparison.agreements.map((a) => [a.slug, a.shortTitle]));
  return html`<table><caption><strong>${comparison.agreements.map((a) => a.shortTitle).join(" vs ")}</strong><small>${comparison.summary.intervals.join(" ")}</small></caption>
<thead><tr><th scope="col">Date</th><th scope="col">Agreement</th><th scope="col">Event</th></tr></thead><tbody>${comparison.timeline.events.map(
    (e) => {
      cited.push(...e.citations);
      return html`<tr><td data-label="Date"><time datetime="${e.date}">${formatPartialDate(e.date)}</time></td><td data-label="Agreement">${names.get(e.slug) ?? e.slug}</td><td data-label="Event"><span class="meta">${eventKindLabel(e.kind)}</span>${e.title}${e.assessor ? html`<br>${e.assessor}: ${e.finding}` : ""}</td></tr>`;
    },
  )}</tbody></table>`;
}

/**
 * A word diff as the embeds show it: a quotation in its language, deletions struck and insertions underlined,
 * each announced to screen readers ("[deleted: …]"), so that nothing rests on colour.
 */
export function diffQuote(diff: { parts: DiffPart[] }, language: string | null): Markup {
  return html`<q lang="${language ?? "en"}" dir="${directionOf(language ?? "en")}">${diff.parts.map((p, i) =>
    p.kind === "equal"
      ? p.text
      : p.kind === "omitted"
        ? html` […]<span class="sr"> (left out of the truncated copy: ${p.text.trim()})</span> `
        : p.kind === "insert"
          ? html`${diff.parts[i - 1]?.kind === "delete" ? " " : ""}<ins><span class="sr">[inserted: </span>${p.text}<span class="sr">]</span></ins>`
          : html`<del><span class="sr">[deleted: </span>${p.text}<span class="sr">]</span></del>`,
  )}</q>`;
}
