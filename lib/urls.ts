// The one serialiser of the site's URL state (PRODUCT.md, "URL contract"): comparisons, their embeds and
// provision pages. Canonical form everywhere: defaults left out, parameters in a fixed order. Parsing is
// in lib/compare/state.ts, lib/embed/state.ts and lib/compare/provision-state.ts; this module imports no
// parser (and so no zod), so the client-side embed builder can use it too.
import type { CompareState } from "./compare/state";
import type { ProvisionState } from "./compare/provision-state";

/** A comparison's state as a link needs it, with the embed's theme and rows when it is an embed. */
export type EmbedLinkState = CompareState & { theme: string; rows: readonly string[] };

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

function compareParams(s: CompareState): URLSearchParams {
  const params = new URLSearchParams();
  if (s.view !== "clauses") params.set("view", s.view);
  if (s.diff !== "words") params.set("diff", s.diff);
  if (s.v) params.set("v", s.v);
  return params;
}

/** /compare/{slug}/…?view=&diff=&v= (or the same state under another prefix: the API, the preview image). */
export function compareHref(state: CompareState, overrides: Partial<CompareState> = {}, prefix = "/compare"): string {
  const s = { ...state, ...overrides };
  return withQuery(`${prefix}/${s.slugs.join("/")}`, compareParams(s));
}

/** /embed/compare/{slug}/…: the comparison's query first, then theme and rows. */
export function embedHref(state: EmbedLinkState, site = ""): string {
  const params = compareParams(state);
  if (state.theme !== "light") params.set("theme", state.theme);
  if (state.rows.length) params.set("rows", state.rows.join(","));
  return withQuery(`${site}/embed/compare/${state.slugs.join("/")}`, params);
}

/** Internal path the proxy rewrites a valid comparison to: one page per state. */
export function internalComparePath(state: CompareState): string {
  return `/compare-view/${state.view}/${state.diff}/${state.v ?? "latest"}/${state.slugs.join("/")}`;
}

/** /provisions/{key}?ref=&against=&party=&year=&form=&page=&v= (or under another prefix: embed, API, preview). */
export function provisionHref(state: ProvisionState, overrides: Partial<ProvisionState> = {}, prefix = "/provisions"): string {
  const s = { ...state, ...overrides };
  const params = new URLSearchParams();
  if (s.ref) params.set("ref", s.ref);
  if (s.against !== "reference") params.set("against", s.against);
  if (s.party) params.set("party", s.party);
  if (s.year !== undefined) params.set("year", String(s.year));
  if (s.form) params.set("form", s.form);
  if (s.page > 1) params.set("page", String(s.page));
  if (s.v) params.set("v", s.v);
  return withQuery(`${prefix}/${s.key}`, params);
}

/** /sources/{id}?v=: what was seen of one source, as a dataset version records it. */
export function sourceHref(evidence: { id: string; version?: string | null }): string {
  return withQuery(`/sources/${evidence.id}`, new URLSearchParams(evidence.version ? { v: evidence.version } : {}));
}

/** /agreements/{slug}[?v=]: one agreement, pinned when a version is given. */
export function agreementHref(slug: string, v?: string | null): string {
  return withQuery(`/agreements/${slug}`, new URLSearchParams(v ? { v } : {}));
}

/** /agreements/{slug}/reuse?v=: where the agreement's wording is found elsewhere in the catalogue. */
export function reuseHref(slug: string, v?: string | null): string {
  return withQuery(`/agreements/${slug}/reuse`, new URLSearchParams(v ? { v } : {}));
}

/** /agreements/{slug}/readouts?base=&v=: the parties' readouts of one agreement. */
export function readoutsHref(slug: string, state: { base?: string | undefined; v?: string | undefined } = {}): string {
  const params = new URLSearchParams();
  if (state.base) params.set("base", state.base);
  if (state.v) params.set("v", state.v);
  return withQuery(`/agreements/${slug}/readouts`, params);
}

/** /search?q=&page=&v=: a search, a page of its results. */
export function searchHref(state: { q: string; page?: number; v?: string | undefined }): string {
  const params = new URLSearchParams({ q: state.q });
  if (state.page && state.page > 1) params.set("page", String(state.page));
  if (state.v) params.set("v", state.v);
  return withQuery("/search", params);
}

/** A path segment decoded, or as it came when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
