// The comparison state lives in the URL: /compare/{slug}/{slug}[/{slug}[/{slug}]]?view=&diff=&v=
// (PRODUCT.md, "URL contract"). This module is the one parser of that state (lib/urls.ts writes it); the page,
// the proxy, the API, downloads and the preview image all go through it. Its query parameters are read by
// the site's one vocabulary (lib/domain/params.ts): an unknown parameter is dropped (the canonical URL says
// what was understood), a malformed value is a reason, never the default in silence nor an exception.

// Serialised by lib/urls.ts, the one place URLs are written; re-exported for the modules that parse too.
export { compareHref, internalComparePath } from "../urls";

import { DIFFS, slugSchema, versionIdSchema as versionSchema, VIEWS, type CompareState } from "@/lib/domain/schema";
import { readQuery, type ParamName, type QueryInput } from "@/lib/domain/params";

export { DIFFS, VIEWS, type CompareState, type DiffMode, type View } from "@/lib/domain/schema";
export type { QueryInput } from "@/lib/domain/params";
export const MAX_AGREEMENTS = 4;

export type InvalidReason = "too-many" | "duplicate" | "malformed" | "parameter";
export type ParseFailure =
  | { kind: "redirect"; location: string }
  | { kind: "invalid"; reason: InvalidReason; message: string; slugs: string[]; status: 400 | 404; param?: ParamName };

export type ParseResult = { ok: true; state: CompareState } | ({ ok: false } & ParseFailure);

/** The titles a page or embed gives each reason a comparison cannot be shown. */
export const INVALID_TITLE: Record<InvalidReason, string> = {
  "too-many": "Too many agreements",
  duplicate: "An agreement appears twice",
  malformed: "Not an agreement slug",
  parameter: "Not a value this address can take",
};

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

  const read = readQuery(query, ["view", "diff", "v"]);
  if (!read.ok) return { ...invalid("parameter", read.problem.message, shown), status: read.problem.status, param: read.problem.name };
  const { view = "clauses", diff = "words", v } = read.values;
  return { ok: true, state: { slugs, view, diff, ...(v ? { v } : {}) } };
}

function invalid(reason: InvalidReason, message: string, slugs: string[]): ParseResult & { ok: false; kind: "invalid" } {
  return { ok: false, kind: "invalid", reason, message, slugs, status: 400 };
}

/** The reverse of internalComparePath, for the page that receives the rewrite. */
export function stateFromInternal(segments: { view: string; diff: string; version: string; slugs: string[] }): CompareState | null {
  const view = VIEWS.find((x) => x === segments.view);
  const diff = DIFFS.find((x) => x === segments.diff);
  const parsed = parseCompareState(segments.slugs);
  if (!view || !diff || !parsed.ok) return null;
  if (segments.version !== "latest" && !versionSchema.safeParse(segments.version).success) return null;
  return { slugs: parsed.state.slugs, view, diff, ...(segments.version !== "latest" ? { v: segments.version } : {}) };
}
