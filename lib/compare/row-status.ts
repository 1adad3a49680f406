import type { RowStatus } from "./align";

/** A row's status in words, for pages, embeds and exports alike. */
export function rowStatusLabel(status: RowStatus, name: (slug: string) => string): string {
  switch (status.kind) {
    case "identical":
      return "Identical in all";
    case "reworded":
      return status.similarity === null ? "In all, reworded" : `Reworded · ${Math.round(status.similarity * 100)}% similar`;
    case "not-comparable":
      return "In all, not comparable word for word";
    case "only-in":
      return `Only in ${name(status.slug)}`;
    case "partial":
      return `In ${status.slugs.map(name).join(" and ")}`;
  }
}
