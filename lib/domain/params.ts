// The URL's vocabulary: every query parameter a route reads, with its schema, once (PRODUCT.md, "URL
// contract"). Routes read the query only through `readQuery` (a unit test, lib/domain/params.test.ts, fails
// when a route reads a parameter another way); links are written by lib/urls.ts. The rule is the same on
// every surface — page, embed, API, preview image, feed, citation, data package:
// - a parameter this vocabulary does not name is ignored (the canonical URL says what was understood);
// - an empty value is the same as no value (an empty form field);
// - a named parameter whose value does not have its shape is a 400 that says what the value may be;
// - `v=` that names no known version is a 404 (the front answers it before any route: lib/front/pins.ts).
import { z } from "zod";
import { AGAINST, DIFFS, THEMES, VIEWS } from "./codes";
import { keySchema, slugSchema, versionIdSchema } from "./schema";

const positive = (digits: number) =>
  z
    .string()
    .regex(new RegExp(`^[1-9]\\d{0,${digits - 1}}$`))
    .transform(Number);
// oEmbed sizes: up to six digits (leading zeros allowed, as consumers send them), at least 1; the answer clamps.
const pixels = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .refine((n) => n >= 1);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

/** Every query parameter of the site, what it may hold, and how a reader is told. */
export const QUERY = {
  v: { schema: versionIdSchema, says: "a dataset version id: 12 hex digits, as /changes lists them" },
  // The version-diff form's two ends (/changes?from=&to=, sent on to /changes/{from}...{to}): versions like v=.
  from: { schema: versionIdSchema, says: "a dataset version id" },
  to: { schema: versionIdSchema, says: "a dataset version id" },
  view: { schema: oneOf(VIEWS), says: `one of ${VIEWS.join(", ")}` },
  diff: { schema: oneOf(DIFFS), says: `one of ${DIFFS.join(", ")}` },
  theme: { schema: oneOf(THEMES), says: `one of ${THEMES.join(", ")}` },
  rows: {
    schema: z
      .string()
      .max(2_500)
      .transform((s) => [...new Set(s.split(",").map((r) => r.trim()))].filter(Boolean))
      .pipe(z.array(keySchema.max(60)).max(40)),
    says: "up to 40 provision keys separated by commas, such as ip-theft,cooperation",
  },
  ref: { schema: slugSchema, says: "an agreement slug, such as us-china-2015" },
  against: { schema: oneOf(AGAINST), says: `one of ${AGAINST.join(", ")}` },
  party: { schema: z.string().regex(/^[A-Z0-9]{2,8}$/), says: "a party code, such as CHN" },
  year: {
    schema: z
      .string()
      .regex(/^(19|20)\d\d$/)
      .transform(Number),
    says: "a year, such as 2015",
  },
  form: {
    schema: z
      .string()
      .regex(/^[a-z]+(?:-[a-z]+)*$/)
      .max(40),
    says: "a form, such as joint-statement",
  },
  scope: { schema: keySchema.max(64), says: "a scope category key" },
  provision: { schema: keySchema.max(64), says: "a provision key, such as ip-theft" },
  page: { schema: positive(6), says: "a page number from 1" },
  base: { schema: keySchema.max(100), says: "a readout key" },
  order: { schema: z.literal("earliest"), says: "earliest (or absent: as picked)" },
  // Free text, never refused: control characters (a NUL above all, which PostgreSQL refuses in text) become
  // spaces; the search itself keeps what it can use of a long one (lib/search/query.ts).
  q: {
    schema: z.string().transform((text) =>
      text
        .slice(0, 1_000)
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .trim(),
    ),
    says: "a search",
  },
  format: { schema: z.string().regex(/^[a-z-]{1,20}$/), says: "a format name" },
  url: { schema: z.string().max(2_000), says: "an address of this site, at most 2,000 characters" },
  maxwidth: { schema: pixels, says: "a width in pixels" },
  maxheight: { schema: pixels, says: "a height in pixels" },
  pinned: { schema: z.enum(["0", "1", "true", "false"]).transform((s) => s === "1" || s === "true"), says: "1 or 0" },
  // The citation API's page= is the address of the page cited, not a page number: one term, its own name.
  citedPage: {
    param: "page",
    schema: z
      .string()
      .max(600)
      .regex(/^\/(?!\/)/),
    says: "a path of this site, such as /agreements/us-china-2015?v=…",
  },
} as const;

export type ParamName = keyof typeof QUERY;
export type ParamValue<N extends ParamName> = z.output<(typeof QUERY)[N]["schema"]>;
export type ParamValues<N extends ParamName> = { [K in N]?: ParamValue<K> };

/** A query string as routes receive it: URLSearchParams, or a page's `searchParams` record. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Why a query cannot be answered: the parameter, what was given (cut), what it may be, and the status. */
export type ParamProblem = { name: ParamName; given: string; status: 400 | 404; message: string };

/** The name a term has in the query string (itself, unless two terms share a name on different routes). */
export const queryName = (term: ParamName): string => {
  const entry = QUERY[term];
  return "param" in entry ? entry.param : term;
};

export type QueryResult<N extends ParamName> = { ok: true; values: ParamValues<N> } | { ok: false; problem: ParamProblem };

/** The first value of a parameter as given ("" when empty), from URLSearchParams or a searchParams record. */
export function givenValue(query: QueryInput, name: ParamName): string | undefined {
  return firstValue(query, queryName(name));
}

function firstValue(query: QueryInput, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a parameter (the picker's repeated `a=`). */
export function allValues(query: QueryInput, name: "a"): string[] {
  if (query instanceof URLSearchParams) return query.getAll(name);
  const value = query[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Reads the named parameters (the first of each when repeated); the first malformed one is the problem. */
export function readQuery<N extends ParamName>(query: QueryInput, names: readonly N[]): QueryResult<N> {
  const values: ParamValues<N> = {};
  for (const name of names) {
    const given = firstValue(query, queryName(name));
    if (given === undefined || given === "") continue;
    const parsed = QUERY[name].schema.safeParse(given);
    if (!parsed.success) return { ok: false, problem: paramProblem(name, given) };
    (values as Record<string, unknown>)[name] = parsed.data;
  }
  return { ok: true, values };
}

/** The problem of a malformed value: a version that is not one is unknown (404); anything else is a 400. */
export function paramProblem(name: ParamName, given: string): ParamProblem {
  // What was given is said back cut to 40 characters, with markup and control characters shown as "�", so
  // no answer (HTML, JSON, text) ever carries a reader's markup back, whatever its medium.
  const cut = given.length > 40 ? `${given.slice(0, 40)}…` : given;
  const shown = cut.replace(/[<>&"'`\\\u0000-\u001f\u007f]/g, "\ufffd");
  if (name === "v" || name === "from" || name === "to") {
    return { name, given: shown, status: 404, message: `No dataset version has the id ${JSON.stringify(shown)} (${name}=).` };
  }
  return { name, given: shown, status: 400, message: `${queryName(name)}= must be ${QUERY[name].says}; ${JSON.stringify(shown)} is not.` };
}

/**
 * What a `v=` (or a version in a path) names among the known versions: nothing asked, a known version, or
 * none — then the problem, with the known id it is a prefix or an extension of (a pin cut or lengthened by
 * a copy-paste), when exactly one is.
 */
export type VersionVerdict = { kind: "none" } | { kind: "known"; id: string } | { kind: "unknown"; given: string; closest: string | null };

export function versionVerdict(given: string | undefined, known: ReadonlySet<string>): VersionVerdict {
  if (given === undefined || given === "") return { kind: "none" };
  if (known.has(given)) return { kind: "known", id: given };
  const lower = given.toLowerCase().trim();
  const matches = lower.length >= 4 ? [...known].filter((id) => id.startsWith(lower.slice(0, 12)) || lower.startsWith(id)) : [];
  return { kind: "unknown", given: given.slice(0, 40), closest: matches.length === 1 ? (matches[0] ?? null) : null };
}

/** Addresses that carry a value in their path: a data package's file, a provision's feed, a version diff. */
export const PATH = {
  dataFile: (file: string): string | null => /^(latest|[0-9a-f]+)\.zip$/.exec(file)?.[1] ?? null,
  feedFile: (file: string): string | null => {
    const key = /^(.+)\.atom$/.exec(file)?.[1];
    return key !== undefined && keySchema.safeParse(key).success ? key : null;
  },
  range: (segment: string): { from: string; to: string } | null => {
    const [from = "", to = "", ...rest] = segment.split("...");
    const ok = rest.length === 0 && versionIdSchema.safeParse(from).success && versionIdSchema.safeParse(to).success;
    return ok ? { from, to } : null;
  },
};
