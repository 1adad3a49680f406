// Cached throughput of the catalogue-scale benchmark (scripts/bench-catalogue.ts): the same kinds of page on both
// servers, with wrk, taken in turns.
import { runWrk } from "../wrk";
import type { Options, Running, Throughput } from "./catalogue-types";

/**
 * Cached throughput of the same kind of page on both servers, taken in turns (real, synthetic, synthetic,
 * real) after a warm-up of each, the better of the two runs kept for each: wrk shares the two cores
 * with the server and one run moves by ±10 %, and a machine that slows down over minutes (heat, other
 * work) slows both sides alike instead of whichever happened to be measured later.
 */
export async function measureThroughputInTurns(servers: Running[], o: Options): Promise<Map<string, Record<string, Throughput>>> {
  const pages: [string, (r: Running) => string][] = [
    ["comparison", (r) => `/compare/${r.cachedPair.join("/")}`],
    ["provision", () => "/provisions/ip-theft"],
    ["search", () => `/search?q=${encodeURIComponent("IP theft")}`],
  ];
  const out = new Map<string, Record<string, Throughput>>(servers.map((r) => [r.label, {}]));
  const wrk = (url: string, seconds: number) =>
    runWrk(url, { connections: o.connections, seconds, headers: { "Accept-Encoding": "gzip" } });
  for (const [kind, pathOf] of pages) {
    console.log(`cached throughput, ${kind} pages, in turns …`);
    for (const r of servers) await wrk(r.base + pathOf(r), 2);
    // Real, synthetic, then synthetic, real: neither is always the one measured straight after the other.
    for (const round of [servers, [...servers].reverse()])
      for (const r of round) {
        const run = await wrk(r.base + pathOf(r), o.duration);
        const mine = out.get(r.label) ?? {};
        out.set(r.label, mine);
        const best = mine[kind];
        if (!best || run.rps > best.rps)
          mine[kind] = {
            rps: Math.round(run.rps),
            p99: run.latencyMs.p99,
            bytes: run.requests ? Math.round(run.bytes / run.requests) : 0,
            errors: run.errors,
          };
      }
  }
  return out;
}
