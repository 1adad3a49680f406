// Load: two bursts of 60 s at 256 connections against comparison pages and embeds (wrk, loopback) with
// browser-like gzip: zero errors, the server's memory bounded, and not growing from one burst to the next
// (no leak per request).
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { runWrk, wrkScript } from "../scripts/lib/wrk";

const PATHS = [
  "/compare/us-china-2015/canada-china-2017",
  "/compare/us-china-2015/canada-china-2017?view=scope",
  "/compare/us-china-2015/canada-china-2017?view=dates",
  "/compare/us-china-2015/uk-china-2015/g20-antalya-2015",
  "/compare/canada-china-2017/us-china-2015",
  "/embed/compare/us-china-2015/canada-china-2017",
  "/embed/compare/us-china-2015/canada-china-2017?view=scope",
  "/embed/compare/uk-china-2015/russia-china-2015",
];

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1]);
  return kb / 1024;
}

/** RSS after a burst, once it has settled: up to 30 s for it to come down to `limit`. */
async function settled(pid: number, limit: number): Promise<number> {
  let rss = rssMiB(pid);
  for (let i = 0; i < 30 && rss > limit; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    rss = rssMiB(pid);
  }
  return rss;
}

test("two bursts of 60 s at 256 connections: zero errors, memory bounded and not growing with requests", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const pid = Number(readFileSync("e2e/.tmp/server.pid", "utf8").trim());
  expect(pid).toBeGreaterThan(0);
  const script = wrkScript("e2e/.tmp/load.lua", PATHS, { "Accept-Encoding": "gzip" });

  // Warm-up: every page rendered and cached, the heap at its working size.
  const warm = await runWrk(baseURL!, { connections: 64, seconds: 10, script });
  expect(warm.errors, warm.raw).toBe(0);
  await new Promise((r) => setTimeout(r, 3_000));
  const baseline = rssMiB(pid);

  const bursts: { requests: number; peak: number; after: number }[] = [];
  for (let i = 0; i < 2; i++) {
    let peak = rssMiB(pid);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 1_000);
    // A request is an error past 10 s: at 256 connections on two cores shared with wrk, p99 reaches 1–2 s and a
    // handful of requests in a million queued past 5 s behind a pause (2 of ~8 CI runs); 10 s still fails a stuck server.
    const load = await runWrk(baseURL!, { connections: 256, seconds: 60, script, timeoutSeconds: 10 });
    clearInterval(sampler);
    expect(load.seconds).toBeGreaterThanOrEqual(59);
    expect(load.requests).toBeGreaterThan(10_000);
    expect(load.errors, load.raw).toBe(0);
    const after = await settled(pid, baseline + Math.max(64, baseline * 0.25));
    bursts.push({ requests: load.requests, peak, after });
    console.log(
      `load burst ${i + 1}: ${load.requests} requests, ${load.rps.toFixed(0)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms; ` +
        `RSS baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, after ${after.toFixed(0)} MiB`,
    );
  }
  const [first, second] = bursts as [(typeof bursts)[number], (typeof bursts)[number]];
  // A leak grows with the requests served: a second burst of as many requests must not take the process
  // higher than the first did (a leak of 150 bytes a request, injected, took it ~300 MiB higher; without one, the
  // second peak has been up to 59 MiB / 6 % higher, the allocator's noise).
  expect(second.peak).toBeLessThanOrEqual(first.peak + Math.max(96, first.peak * 0.1));
  // What 256 connections took, the allocator may keep for the next burst rather than give back at once (the
  // RSS stays near the burst's high-water mark for minutes): bounded, at most 256 MiB / 50 % over the baseline.
  expect(second.after).toBeLessThanOrEqual(baseline + Math.max(256, baseline * 0.5));
});
