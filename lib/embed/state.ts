// Embed-only parameters on top of the comparison state: theme=light|dark|auto and rows=key,key (a
// subset of provision keys), read by the site's one vocabulary (lib/domain/params.ts) like the rest.
import type { EmbedState } from "@/lib/domain/schema";
import { readQuery, type QueryInput } from "@/lib/domain/params";
import { INVALID_TITLE, parseCompareState, type ParseResult } from "../compare/state";

export { embedHref } from "../urls";

export { THEMES, type EmbedState, type Theme } from "@/lib/domain/schema";

export function parseEmbedState(
  segments: readonly string[],
  query: QueryInput,
): (ParseResult & { ok: false }) | { ok: true; state: EmbedState } {
  const parsed = parseCompareState(segments, query);
  if (!parsed.ok) return parsed;
  const read = readQuery(query, ["theme", "rows"]);
  if (!read.ok) {
    const { message, status, name } = read.problem;
    return { ok: false, kind: "invalid", reason: "parameter", message, status, param: name, slugs: [...parsed.state.slugs] };
  }
  return { ok: true, state: { ...parsed.state, theme: read.values.theme ?? "light", rows: read.values.rows ?? [] } };
}

export { INVALID_TITLE };

/** The provision rows an embed shows: those `rows=` names (when any of them exists), else all. */
export function shownRows<R extends { provision: { key: string } }>(rows: readonly R[], state: Pick<EmbedState, "rows">): readonly R[] {
  const wanted = new Set(state.rows);
  return wanted.size && rows.some((r) => wanted.has(r.provision.key)) ? rows.filter((r) => wanted.has(r.provision.key)) : rows;
}
