// The treaty-scale benchmark's latencies (scripts/bench-catalogue.ts --articles=K), one request at a time with the
// servers in lockstep like the others: comparisons of two whole treaties, each URL new to the server's cache
// (the order of the two and a parameter the page ignores make each address new), and reuse pages of
// agreements not asked for before. The real catalogue's counterparts: Budapest against Malabo, and its own
// agreements' reuse pages.
import type { Measured, Options, Running } from "./catalogue-types";
import { percentiles } from "./catalogue-urls";
import { inLockstep } from "./latencies";
import { TREATY_PAIR } from "./treaties";

const REAL_PAIR = ["budapest-convention-2001", "malabo-convention-2014"];
const pairOf = (r: Running) => (r.label === "real" ? REAL_PAIR : [...TREATY_PAIR]);

/** `count` comparisons of the server's two treaties, both ways round, each address new. */
export const treatyComparisonUrls = (pair: string[], count: number) =>
  Array.from({ length: count }, (_, i) => `/compare/${(i % 2 ? [...pair].reverse() : pair).join("/")}?n=${i}`);

/** Reuse pages: the two treaties compared first, then agreements spread over the catalogue, each once. */
export function reuseUrls(r: Running, count: number): string[] {
  const rest = r.slugs.filter((s) => !pairOf(r).includes(s));
  const step = Math.max(1, Math.floor(rest.length / count));
  const slugs = [...pairOf(r), ...rest.filter((_, i) => i % step === 0)].slice(0, count);
  return slugs.map((slug) => `/agreements/${slug}/reuse`);
}

export async function measureTreatyLatencies(servers: Running[], o: Options): Promise<NonNullable<Measured["treaty"]>[]> {
  console.log(`${o.cold} cold comparisons of two whole treaties on each …`);
  const comparisons = await inLockstep(servers, (r) => treatyComparisonUrls(pairOf(r), o.cold));
  console.log("cold reuse pages …");
  const reuse = await inLockstep(servers, (r) => reuseUrls(r, o.cold));
  const errors = (results: { status: number }[]) => results.filter((res) => res.status !== 200).length;
  return servers.map((r, s) => ({
    comparisonUrl: `/compare/${pairOf(r).join("/")}`,
    comparisonCold: percentiles(
      comparisons[s]!.map((res) => res.ms),
      errors(comparisons[s]!),
    ),
    reuseCold: percentiles(
      reuse[s]!.map((res) => res.ms),
      errors(reuse[s]!),
    ),
  }));
}
