// The comparison state lives in the URL: /compare/{slug}/{slug}[/{slug}[/{slug}]]?view=&diff=&v=
// (PRODUCT.md, "URL contract"). This module is the one parser of that state (lib/urls.ts writes it); the page,
// the proxy, the API, downloads and the preview image all go through it. Junk query parameters are
// dropped (the canonical URL says what was understood); bad paths get a reason, never an exception.

// Serialised by lib/urls.ts, the one place URLs are written; re-exported for the modules that parse too.
export { compareHref, internalComparePath } from "../urls";

import { DIFFS, slugSchema, versionIdSchema as versionSchema, VIEWS, type CompareState } from "@/lib/domain/schema";

export { DIFFS, VIEWS, type CompareState, type DiffMode, type View } from "@/lib/domain/schema";
export const MAX_AGREEMENTS = 4;

export type ParseFailure =
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; reason: "too-many" | "duplicate" | "malformed"; message: string; slugs: string[] };

export type ParseResult = { ok: true; state: CompareState } | ({ ok: false } & ParseFailure);

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of a query parameter, from URLSearchParams or Next's searchParams alike. */
export function firstParam(query: QueryInput, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Parses path segments after /compare/ and the query string. */
export function parseCompareState(segments: readonly string[], query: QueryInput = {}): ParseResult {
  const raw = segments.filter((s) => s !== "");
  const decoded = raw.map(decodeSegment);
  const shown = decoded.map((s, i) => (s ?? raw[i] ?? "").slice(0, 100));
  if (raw.length === 0) return { ok: false, kind: "redirect", location: "/agreements" };
  if (raw.length > MAX_AGREEMENTS) {
    return invalid("too-many", `A comparison lines up 2 to ${MAX_AGREEMENTS} agreements; this address names ${raw.length}.`, shown);
  }
  const slugs: string[] = [];
  for (const s of decoded) {
    const parsed = slugSchema.safeParse(s);
    if (!parsed.success) {
      return invalid("malformed", "Agreement slugs are lowercase words and digits joined by hyphens, such as us-china-2015.", shown);
    }
    slugs.push(parsed.data);
  }
  if (new Set(slugs).size !== slugs.length) {
    return invalid("duplicate", "Each agreement may appear only once in a comparison.", shown);
  }
  if (slugs.length === 1) return { ok: false, kind: "redirect", location: `/agreements/${slugs[0]}` };

  const view = VIEWS.find((x) => x === firstParam(query, "view")) ?? "clauses";
  const diff = DIFFS.find((x) => x === firstParam(query, "diff")) ?? "words";
  const v = versionSchema.safeParse(firstParam(query, "v"));
  return { ok: true, state: { slugs, view, diff, ...(v.success ? { v: v.data } : {}) } };
}

function invalid(reason: "too-many" | "duplicate" | "malformed", message: string, slugs: string[]): ParseResult {
  return { ok: false, kind: "invalid", reason, message, slugs };
}

/** The reverse of internalComparePath, for the page that receives the rewrite. */
export function stateFromInternal(params: { view: string; diff: string; version: string; slugs: string[] }): CompareState | null {
  const view = VIEWS.find((x) => x === params.view);
  const diff = DIFFS.find((x) => x === params.diff);
  const parsed = parseCompareState(params.slugs);
  if (!view || !diff || !parsed.ok) return null;
  if (params.version !== "latest" && !versionSchema.safeParse(params.version).success) return null;
  return { slugs: parsed.state.slugs, view, diff, ...(params.version !== "latest" ? { v: params.version } : {}) };
}
