// "Did you mean…" for unknown slugs: the nearest known slugs by edit distance, with shared words
// (us, china, 2015) counting for more, so "china-us-2015" still finds us-china-2015.
import { distance } from "fastest-levenshtein";

export function suggestSlugs(input: string, candidates: readonly string[], max = 3): string[] {
  const query = input.toLowerCase().slice(0, 200);
  const words = new Set(query.split(/[^a-z0-9]+/).filter(Boolean));
  return candidates
    .map((slug) => {
      const shared = slug.split("-").filter((w) => words.has(w)).length;
      const score = distance(query, slug) - 4 * shared;
      return { slug, score, shared };
    })
    .filter((c) => c.shared > 0 || c.score <= Math.max(3, c.slug.length / 2))
    .sort((a, b) => a.score - b.score || a.slug.localeCompare(b.slug))
    .slice(0, max)
    .map((c) => c.slug);
}
