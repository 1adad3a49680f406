// The catalogue's filters live in the query string (?party=CHN&year=2015&form=…&scope=…&provision=…&q=…),
// read by the site's one vocabulary (lib/domain/params.ts): the proxy has answered a malformed value 400
// before the page renders; a well-formed value that is not among the catalogue's choices is dropped (the
// canonical URL says what was understood).
import { readQuery, type QueryInput } from "../domain/params";

export type FilterParams = Record<string, string | string[] | undefined>;
export type ParsedFilters = { party?: string; year?: number; form?: string; scope?: string; provision?: string; q?: string };
export type FilterChoices = { parties: string[]; years: number[]; forms: string[]; scope: string[]; provisions: string[] };

/** The catalogue's query parameters (the proxy checks them; the page reads them). */
export const CATALOGUE_QUERY = ["q", "party", "year", "form", "scope", "provision", "page"] as const;

export function parseFilters(params: QueryInput, choices: FilterChoices): ParsedFilters {
  const read = readQuery(params, CATALOGUE_QUERY);
  const values = read.ok ? read.values : {};
  const among = <T>(value: T | undefined, allowed: readonly T[]) => (value !== undefined && allowed.includes(value) ? value : undefined);
  // Only what was understood is set: an absent filter is no key at all.
  const filters: ParsedFilters = {};
  const picked = {
    party: among(values.party, choices.parties),
    year: among(values.year, choices.years),
    form: among(values.form, choices.forms),
    scope: among(values.scope, choices.scope),
    provision: among(values.provision, choices.provisions),
    q: values.q || undefined,
  };
  for (const [key, value] of Object.entries(picked)) if (value !== undefined) Object.assign(filters, { [key]: value });
  return filters;
}

/** The canonical query string of a set of filters, in a fixed order. */
export function filtersToQuery(filters: ParsedFilters): string {
  const order = ["q", "party", "year", "form", "scope", "provision"] as const;
  const params = new URLSearchParams();
  for (const key of order) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Agreements on one page of the catalogue. */
export const PAGE_SIZE = 60;

/** The page asked for (?page=N), 1 when absent or malformed; never past the last page. */
export function parsePage(params: QueryInput, total: number): number {
  const read = readQuery(params, ["page"]);
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return Math.min((read.ok && read.values.page) || 1, last);
}

/** The address of a page of the filtered catalogue (page 1 has no page parameter). */
export function pageHref(filters: ParsedFilters, page: number): string {
  const query = filtersToQuery(filters);
  if (page <= 1) return `/agreements${query}`;
  return `/agreements${query ? `${query}&` : "?"}page=${page}`;
}
