// The provision page's state lives in the URL: /provisions/{key}?ref=&against=&party=&year=&form=&page=&v=
// This module is its one parser and serialiser (page, proxy, API, embed, preview image). Junk and unknown
// values are dropped, never an error: the canonical URL says what was understood.
import { z } from "zod";
import type { Against } from "./provision";
import { firstParam as first, type QueryInput } from "./state";

export type ProvisionState = {
  key: string;
  /** The agreement every wording is diffed against; absent: the earliest wording. */
  ref?: string;
  against: Against;
  party?: string;
  year?: number;
  form?: string;
  page: number;
  v?: string;
};

export const PROVISION_KEY = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
const code = z.string().regex(/^[A-Z0-9]{2,8}$/);
const form = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).max(40);
const year = z.string().regex(/^(19|20)\d\d$/).transform(Number);
const page = z.string().regex(/^[1-9]\d{0,4}$/).transform(Number);
const version = z.string().regex(/^[0-9a-f]{12}$/);


/** The state of a provision page (null: the key is not a provision key at all). */
export function parseProvisionState(key: string, query: QueryInput = {}): ProvisionState | null {
  const k = PROVISION_KEY.safeParse(key);
  if (!k.success) return null;
  const get = <T,>(schema: z.ZodType<T, string>, name: string): T | undefined => {
    const parsed = schema.safeParse(first(query, name));
    return parsed.success ? parsed.data : undefined;
  };
  const state: ProvisionState = {
    key: k.data,
    ref: get(slug, "ref"),
    against: first(query, "against") === "previous" ? "previous" : "reference",
    party: get(code, "party"),
    year: get(year, "year"),
    form: get(form, "form"),
    page: get(page, "page") ?? 1,
    v: get(version, "v"),
  };
  return state;
}

/** The canonical path and query of a state: defaults left out, parameters in a fixed order. */
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
  const query = params.toString();
  return `${prefix}/${s.key}${query ? `?${query}` : ""}`;
}
