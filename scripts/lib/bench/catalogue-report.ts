// The catalogue-scale benchmark's report: each measure of both catalogues side by side, and the targets
// checked against them (scripts/bench-catalogue.ts writes it to bench/results/catalogue-N.{json,md}).
import type { Measured, Options } from "./catalogue-types";
import { WHOLE_CATALOGUE } from "./catalogue-urls";

const f = (n: number, d = 1) => n.toFixed(d);
const mib = (b: number) => `${f(b / 1024 / 1024)} MiB`;

// Bounds stated here: the front cache holds at most 96 MiB of bodies and 20,000 entries, the per-version
// data memo 2,000 entries; RSS after 10,000 URLs must stay within the start + 400 MiB. The build folder
// must not grow at all: nothing is rendered to disk at run time.
const RSS_MARGIN_MIB = 400;

/** The table of measures and the targets, met or not. */
export function catalogueReport(real: Measured, big: Measured, o: Options) {
  const targets = targetsOf(real, big, o);
  const lines = [
    ...measureLines(real, big, o),
    "",
    "| target | measured | met |",
    "|---|---|---|",
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.ok ? "yes" : "**no**"} |`),
  ];
  return { lines, targets };
}

/** The table of measures of both catalogues, side by side; `more` rows are added at its end. */
export function measureLines(real: Measured, big: Measured, o: Options, more: [string, (m: Measured) => string][] = []) {
  const rows: [string, (m: Measured) => string][] = [
    ["agreements", (m) => String(m.agreements)],
    ["import (validate + write), s", (m) => f(m.importSeconds)],
    ["build, s", (m) => f(m.buildSeconds)],
    ["build peak memory (process tree)", (m) => `${m.buildPeakMiB} MiB`],
    [".next after build", (m) => mib(m.nextBytesAfterBuild)],
    ["cold comparison p50 / p99 / max, ms", (m) => `${f(m.cold.p50)} / ${f(m.cold.p99)} / ${f(m.cold.max)} (${m.cold.count} URLs)`],
    [
      `cached comparison req/s @${o.connections} (p99 ms), best of 2 in turns`,
      (m) => `${m.cachedRps} (${f(m.cachedP99)}), ${m.wrkErrors} errors, ${m.cachedBytes} B a response: ${m.cachedUrl}`,
    ],
    ["RSS at start → after distinct URLs", (m) => `${m.rssStartMiB} → ${m.rssAfterUrlsMiB} MiB (${m.urls} URLs, ${m.urlErrors} non-200)`],
    [".next growth while serving (one build folder, both servers)", (m) => `${m.nextGrowthBytes} B`],
    [
      "first provision page of a version (lineage worked out), ms",
      (m) => `${f(m.provisionFirstMs)} (/provisions/ip-theft, ${m.provisionWordings} wordings)`,
    ],
    [
      "cold provision pages p50 / p99 / max, ms",
      (m) =>
        `${f(m.provisionCold.p50)} / ${f(m.provisionCold.p99)} / ${f(m.provisionCold.max)} (${m.provisionCold.count} URLs, ${m.provisionCold.errors} non-200)`,
    ],
    [`cached provision page req/s @${o.connections} (p99 ms), best of 2 in turns`, (m) => `${m.provisionRps} (${f(m.provisionP99)})`],
    [
      "cold search pages p50 / p99 / max, ms",
      (m) =>
        `${f(m.searchCold.p50)} / ${f(m.searchCold.p99)} / ${f(m.searchCold.max)} (${m.searchCold.count} URLs, ${m.searchCold.errors} non-200)`,
    ],
    [`cached search page req/s @${o.connections} (p99 ms), best of 2 in turns`, (m) => `${m.searchRps} (${f(m.searchP99)})`],
    ...WHOLE_CATALOGUE.map((p): [string, (m: Measured) => string] => [
      `cold ${p}, ms (bytes)`,
      (m) => {
        const w = m.wholeCatalogue.find((x) => x.path === p);
        return w ? `${f(w.ms, 0)} (${w.bytes} B${w.status === 200 ? "" : `, status ${w.status}`})` : "–";
      },
    ]),
    ...more,
  ];
  return [
    `| measure | real (${real.agreements}) | synthetic (${big.agreements}) |`,
    "|---|---|---|",
    ...rows.map(([name, cell]) => `| ${name} | ${cell(real)} | ${cell(big)} |`),
  ];
}

/** The targets of the catalogue-scale benchmark, each met or not. */
function targetsOf(real: Measured, big: Measured, o: Options) {
  return [
    {
      target: `build time ≤ 1.5× the real catalogue's`,
      ok: big.buildSeconds <= 1.5 * real.buildSeconds,
      measured: `${f(big.buildSeconds)} s vs ${f(real.buildSeconds)} s (${f(big.buildSeconds / real.buildSeconds, 2)}×)`,
    },
    { target: "import ≤ 60 s", ok: big.importSeconds <= 60, measured: `${f(big.importSeconds)} s` },
    { target: "cold comparison p99 ≤ 500 ms", ok: big.cold.p99 <= 500, measured: `${f(big.cold.p99)} ms` },
    {
      target: "cached comparison ≥ 0.9× the real catalogue's",
      ok: big.cachedRps >= 0.9 * real.cachedRps,
      measured: `${big.cachedRps} vs ${real.cachedRps} req/s (${f(big.cachedRps / real.cachedRps, 2)}×)`,
    },
    {
      target: `RSS after ${o.urls} URLs ≤ start + ${RSS_MARGIN_MIB} MiB`,
      ok: big.rssAfterUrlsMiB <= big.rssStartMiB + RSS_MARGIN_MIB && real.rssAfterUrlsMiB <= real.rssStartMiB + RSS_MARGIN_MIB,
      measured: `${big.rssStartMiB} → ${big.rssAfterUrlsMiB} MiB`,
    },
    {
      target: ".next does not grow while serving",
      ok: big.nextGrowthBytes === 0 && real.nextGrowthBytes === 0,
      measured: `${big.nextGrowthBytes} B / ${real.nextGrowthBytes} B`,
    },
    {
      target: "whole-catalogue representations (data package, changelog, feeds) cold ≤ 5 s each",
      ok: big.wholeCatalogue.every((w) => w.status === 200 && w.ms <= 5000),
      measured: big.wholeCatalogue.map((w) => `${w.path} ${f(w.ms, 0)} ms`).join(", "),
    },
    {
      target: "search p99 ≤ 50 ms (uncached result pages)",
      ok: big.searchCold.p99 <= 50 && big.searchCold.errors === 0,
      measured: `${f(big.searchCold.p99)} ms (p50 ${f(big.searchCold.p50)})`,
    },
    {
      target: "cold provision page p99 ≤ 500 ms, the first of a version ≤ 5 s",
      ok: big.provisionCold.p99 <= 500 && big.provisionFirstMs <= 5000 && big.provisionCold.errors === 0,
      measured: `${f(big.provisionCold.p99)} ms; first ${f(big.provisionFirstMs)} ms`,
    },
    {
      target: "cached provision and search pages ≥ 0.9× the real catalogue's",
      ok: big.provisionRps >= 0.9 * real.provisionRps && big.searchRps >= 0.9 * real.searchRps,
      measured: `${big.provisionRps} vs ${real.provisionRps}; ${big.searchRps} vs ${real.searchRps} req/s`,
    },
    {
      target: "no errors",
      ok: big.urlErrors + real.urlErrors + big.wrkErrors + real.wrkErrors === 0,
      measured: `${big.urlErrors + real.urlErrors} non-200, ${big.wrkErrors + real.wrkErrors} wrk errors`,
    },
  ];
}
