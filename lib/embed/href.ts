// Builds embed URLs without the URL parser (and so without zod), for the client-side embed builder too.
export type EmbedLinkState = {
  slugs: readonly string[];
  view: string;
  diff: string;
  v?: string | undefined;
  theme: string;
  rows: readonly string[];
};

/** Canonical embed URL of a state: comparison query first, then theme and rows; defaults left out. */
export function embedHref(state: EmbedLinkState, site = ""): string {
  const params = new URLSearchParams();
  if (state.view !== "clauses") params.set("view", state.view);
  if (state.diff !== "words") params.set("diff", state.diff);
  if (state.v) params.set("v", state.v);
  if (state.theme !== "light") params.set("theme", state.theme);
  if (state.rows.length) params.set("rows", state.rows.join(","));
  const query = params.toString();
  return `${site}/embed/compare/${state.slugs.join("/")}${query ? `?${query}` : ""}`;
}
