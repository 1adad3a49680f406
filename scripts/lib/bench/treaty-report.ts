// The treaty-scale benchmark's report (npm run bench -- --catalogue=N --articles=K): the catalogue-scale table
// of both catalogues with the treaty measures added, the tokenizer's cost a word at three lengths, and the
// treaty-scale budgets of PRODUCT.md checked. scripts/bench-catalogue.ts writes it to
// bench/results/catalogue-N-articles-K.{json,md}.
import type { Measured, Options, Timings } from "./catalogue-types";
import { measureLines } from "./catalogue-report";
import type { ReuseProbe, TokenizerProbe, TokenizerTiming } from "./treaty-probes";

export type TreatyProbes = { reuse: { real: ReuseProbe; synthetic: ReuseProbe }; tokenizer: TokenizerProbe };

const f = (n: number, d = 1) => n.toFixed(d);
const timings = (t: Timings | undefined) => (t ? `${f(t.p50)} / ${f(t.p99)} / ${f(t.max)} (${t.count} URLs, ${t.errors} non-200)` : "–");
const RSS_BOUND_MIB = 1536;

/** The largest cost a word over the smallest, among the lengths timed in one language: 1 is linear. */
export function perWordRatio(timed: TokenizerTiming[], language: string): number {
  const costs = timed.filter((t) => t.language === language).map((t) => t.nsPerWord);
  return costs.length < 2 ? NaN : Math.max(...costs) / Math.min(...costs);
}

export function treatyReport(real: Measured, big: Measured, o: Options, probes: TreatyProbes) {
  const reuseOf = (m: Measured) => (m === real ? probes.reuse.real : probes.reuse.synthetic);
  const lines = [
    ...measureLines(real, big, o, [
      [
        "cold comparison of two whole treaties p50 / p99 / max, ms",
        (m) => `${timings(m.treaty?.comparisonCold)}: ${m.treaty?.comparisonUrl ?? "–"}`,
      ],
      ["cold reuse pages p50 / p99 / max, ms", (m) => timings(m.treaty?.reuseCold)],
      [
        "reuse index (findReuse, in a process of its own), s",
        (m) => `${f(reuseOf(m).seconds)} (${reuseOf(m).passages} texts → ${reuseOf(m).found} pairs; peak ${reuseOf(m).peakMiB} MiB)`,
      ],
    ]),
    "",
    "| tokenizer (diffTokens) | words | tokens | ms | ns a word |",
    "|---|---|---|---|---|",
    ...probes.tokenizer.tokenizer.map((t) => `| ${t.language} | ${t.words} | ${t.tokens} | ${f(t.ms, 3)} | ${f(t.nsPerWord, 0)} |`),
    "",
    `Word diff of a text against a copy with three words changed: ${probes.tokenizer.wordDiff.map((d) => `${d.words} words ${f(d.ms, 2)} ms`).join(", ")}.`,
  ];
  const targets = treatyTargets(real, big, o, probes);
  lines.push(
    "",
    "| target | measured | met |",
    "|---|---|---|",
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.ok ? "yes" : "**no**"} |`),
  );
  return { lines, targets };
}

/** The treaty-scale budgets of PRODUCT.md, each met or not. */
function treatyTargets(real: Measured, big: Measured, o: Options, probes: TreatyProbes) {
  const comparison = big.treaty?.comparisonCold;
  const reuse = big.treaty?.reuseCold;
  const ratio = (language: string) => perWordRatio(probes.tokenizer.tokenizer, language);
  const sizes = (language: string) =>
    probes.tokenizer.tokenizer
      .filter((t) => t.language === language)
      .map((t) => `${t.words}: ${f(t.nsPerWord, 0)} ns`)
      .join(", ");
  const cached = (name: string, a: number, b: number) => `${name} ${a} vs ${b} req/s (${f(a / b, 2)}×)`;
  return [
    { target: "import ≤ 5 min", ok: big.importSeconds <= 300, measured: `${f(big.importSeconds)} s` },
    {
      target: "the version's reuse index ≤ 2 min (findReuse over the catalogue's texts)",
      ok: probes.reuse.synthetic.seconds <= 120,
      measured: `${f(probes.reuse.synthetic.seconds)} s for ${probes.reuse.synthetic.passages} texts`,
    },
    {
      target: "cold comparison of two 48-article treaties p99 ≤ 300 ms",
      ok: !!comparison && comparison.p99 <= 300 && comparison.errors === 0,
      measured: comparison ? `${f(comparison.p99)} ms (p50 ${f(comparison.p50)}), ${comparison.errors} non-200` : "not measured",
    },
    {
      target: "cold reuse page p99 ≤ 300 ms",
      ok: !!reuse && reuse.p99 <= 300 && reuse.errors === 0,
      measured: reuse ? `${f(reuse.p99)} ms (p50 ${f(reuse.p50)}), ${reuse.errors} non-200` : "not measured",
    },
    {
      target: "search p99 ≤ 50 ms (uncached result pages)",
      ok: big.searchCold.p99 <= 50 && big.searchCold.errors === 0,
      measured: `${f(big.searchCold.p99)} ms (p50 ${f(big.searchCold.p50)})`,
    },
    {
      target: "cached throughput (comparison, provision, search) ≥ 0.9× the real catalogue's",
      ok: big.cachedRps >= 0.9 * real.cachedRps && big.provisionRps >= 0.9 * real.provisionRps && big.searchRps >= 0.9 * real.searchRps,
      measured: [
        cached("comparison", big.cachedRps, real.cachedRps),
        cached("provision", big.provisionRps, real.provisionRps),
        cached("search", big.searchRps, real.searchRps),
      ].join("; "),
    },
    {
      target: `RSS ≤ 1.5 GiB after ${o.urls} distinct URLs`,
      ok: big.rssAfterUrlsMiB <= RSS_BOUND_MIB && big.urls >= o.urls,
      measured: `${big.rssStartMiB} → ${big.rssAfterUrlsMiB} MiB (${big.urls} URLs)`,
    },
    {
      target: "tokenizing is linear in the text: English, a word's cost within 2× from 1,000 to 100,000 words",
      ok: ratio("en") <= 2,
      measured: `${f(ratio("en"), 2)}× (${sizes("en")})`,
    },
    {
      target: "tokenizing is linear in the text: Chinese (segmenter), a word's cost within 2× from 1,000 to 10,000 words",
      ok: ratio("zh") <= 2,
      measured: `${f(ratio("zh"), 2)}× (${sizes("zh")})`,
    },
    {
      target: ".next does not grow while serving; no errors",
      ok: big.nextGrowthBytes === 0 && real.nextGrowthBytes === 0 && big.urlErrors + real.urlErrors + big.wrkErrors + real.wrkErrors === 0,
      measured: `${big.nextGrowthBytes} B / ${real.nextGrowthBytes} B; ${big.urlErrors + real.urlErrors} non-200, ${big.wrkErrors + real.wrkErrors} wrk errors`,
    },
  ];
}
