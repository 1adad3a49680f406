// The addresses the catalogue-scale benchmark (scripts/bench-catalogue.ts) requests: search queries, the
// whole-catalogue representations, comparison URLs; and the latency figures made of their timings.
/** Search queries of the benchmark: synonyms, plain words, phrases, Chinese and French; each asked cold. */
export const SEARCH_QUERIES = [
  "IP theft",
  "hacking",
  "economic espionage",
  "knowingly",
  "theft",
  "intellectual property",
  "trade secrets",
  "cooperation",
  "hotline",
  "norms",
  "international law",
  "critical infrastructure",
  "human rights",
  "cybercrime",
  "senior experts",
  "information",
  "dialogue",
  "高级专家小组",
  "知识产权",
  "propriété intellectuelle",
  "state behaviour",
  "malicious cyber activity",
  "commercial advantage",
  "territory",
  "use of force",
  "zzzz not in any text",
];

/** Representations of the whole catalogue (they grow with it): each fetched once, cold. */
export const WHOLE_CATALOGUE = [
  "/data/latest.zip",
  "/changes",
  "/data",
  "/api/v1/versions",
  "/feeds/changes.atom",
  "/feeds/provisions/ip-theft.atom",
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export const percentiles = (ms: number[], errors = 0) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN, errors };
};

/** Comparison URLs: every ordered pair in a fixed pseudo-random order, then views, then (small catalogues) a junk parameter. */
export function comparisonUrls(slugs: string[], count: number, offset: number): string[] {
  const urls: string[] = [];
  const views = ["", "?view=scope", "?view=dates", "?diff=off"];
  const pairs = slugs.length * (slugs.length - 1);
  for (let i = 0; urls.length < count; i++) {
    const k = (offset + i * 7919) % pairs; // a stride prime to most pair counts, so pairs spread
    const a = Math.floor(k / (slugs.length - 1));
    let b = k % (slugs.length - 1);
    if (b >= a) b++;
    const round = Math.floor(i / pairs);
    const view = views[round % views.length]!;
    const junk = round >= views.length ? `${view ? "&" : "?"}n=${round}` : "";
    urls.push(`/compare/${slugs[a]}/${slugs[b]}${view}${junk}`);
  }
  return urls;
}
