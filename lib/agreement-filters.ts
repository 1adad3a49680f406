// The catalogue's filters live in the query string (?party=CHN&year=2015&form=…&scope=…&provision=…&q=…).
// Anything unknown, malformed or repeated is dropped rather than rejected: a hostile query string gets
// the unfiltered catalogue, never an error.
import { z } from "zod";
import { firstParam } from "./compare/state";

export type FilterParams = Record<string, string | string[] | undefined>;
export type ParsedFilters = { party?: string; year?: number; form?: string; scope?: string; provision?: string; q?: string };
export type FilterChoices = { parties: string[]; years: number[]; forms: string[]; scope: string[]; provisions: string[] };

const token = z.string().trim().min(1).max(64);

export function parseFilters(params: FilterParams, choices: FilterChoices): ParsedFilters {
  const pick = (name: string, allowed: readonly string[]) => {
    const parsed = token.safeParse(firstParam(params, name));
    return parsed.success && allowed.includes(parsed.data) ? parsed.data : undefined;
  };
  const year = Number(pick("year", choices.years.map(String)));
  // Control characters (a NUL above all, which PostgreSQL refuses in text) are spaces in a search.
  const q = z
    .string()
    .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, " "))
    .pipe(z.string().trim().min(1).max(100))
    .safeParse(firstParam(params, "q"));
  // Only what was understood is set: an absent filter is no key at all.
  const filters: ParsedFilters = {};
  const party = pick("party", choices.parties);
  const form = pick("form", choices.forms);
  const scope = pick("scope", choices.scope);
  const provision = pick("provision", choices.provisions);
  if (party !== undefined) filters.party = party;
  if (Number.isInteger(year)) filters.year = year;
  if (form !== undefined) filters.form = form;
  if (scope !== undefined) filters.scope = scope;
  if (provision !== undefined) filters.provision = provision;
  if (q.success) filters.q = q.data;
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
export function parsePage(params: FilterParams, total: number): number {
  const raw = firstParam(params, "page") ?? "";
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return /^[1-9]\d{0,5}$/.test(raw) ? Math.min(Number(raw), last) : 1;
}

/** The address of a page of the filtered catalogue (page 1 has no page parameter). */
export function pageHref(filters: ParsedFilters, page: number): string {
  const query = filtersToQuery(filters);
  if (page <= 1) return `/agreements${query}`;
  return `/agreements${query ? `${query}&` : "?"}page=${page}`;
}
