// The embeds' list of the sources cited in the rows shown: each by name, linked to what was seen of it on
// Pactdiff (its passages, the quoted words highlighted), with its title as shown and its own address.
import type { Source } from "@/lib/domain/schema";
import { sourceName, sourceTitle } from "../format";
import { html, type Markup } from "../text/html";

/** Each source once (by its evidence, else its address), in the order first cited. */
export function uniqueSources(sources: Source[]): Source[] {
  const key = (s: Source) => s.evidence?.id ?? s.url;
  return [...new Map(sources.filter(key).map((s) => [key(s), s])).values()];
}

export function sourceList(sources: Source[], site: string): Markup | string {
  const unique = uniqueSources(sources);
  if (!unique.length) return "";
  const item = (s: Source) => {
    const name = s.evidence
      ? html`<a href="${`${site}${s.evidence.href}`}" target="_blank" rel="noopener">${sourceName(s)}</a>`
      : sourceName(s);
    const address = s.url ? html` · <a href="${s.url}" target="_blank" rel="noopener">${s.url}</a>` : "";
    return html`<li>${name}: ${sourceTitle(s)}${address}</li>`;
  };
  return html`<p>Sources:</p><ol>${unique.map(item)}</ol>`;
}
