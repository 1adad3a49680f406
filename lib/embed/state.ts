// Embed-only parameters on top of the comparison state: theme=light|dark|auto and rows=key,key (a
// subset of provision keys). Unknown values fall back to defaults, like the rest of the URL contract.
import { THEMES, type EmbedState } from "@/lib/domain/schema";
import { parseCompareState, type ParseResult } from "../compare/state";

export { embedHref } from "../urls";

export { THEMES, type EmbedState, type Theme } from "@/lib/domain/schema";

export function parseEmbedState(
  segments: readonly string[],
  query: URLSearchParams,
): (ParseResult & { ok: false }) | { ok: true; state: EmbedState } {
  const parsed = parseCompareState(segments, query);
  if (!parsed.ok) return parsed;
  const theme = THEMES.find((t) => t === query.get("theme")) ?? "light";
  const rows = [
    ...new Set(
      (query.get("rows") ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter((r) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r) && r.length <= 60),
    ),
  ].slice(0, 40);
  return { ok: true, state: { ...parsed.state, theme, rows } };
}

/** The provision rows an embed shows: those `rows=` names (when any of them exists), else all. */
export function shownRows<R extends { provision: { key: string } }>(rows: readonly R[], state: Pick<EmbedState, "rows">): readonly R[] {
  const wanted = new Set(state.rows);
  return wanted.size && rows.some((r) => wanted.has(r.provision.key)) ? rows.filter((r) => wanted.has(r.provision.key)) : rows;
}
