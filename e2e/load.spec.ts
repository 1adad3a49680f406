// Load: 60 s at 256 connections against comparison pages and embeds (wrk, loopback) with browser-like
// gzip: zero errors, and the server's memory back to its baseline afterwards (no leak per request).
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { runWrk, wrkScript } from "./wrk";

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

test("60 s at 256 connections: zero errors, memory back to baseline", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const pid = Number(readFileSync("e2e/.tmp/server.pid", "utf8").trim());
  expect(pid).toBeGreaterThan(0);
  const script = wrkScript("e2e/.tmp/load.lua", PATHS, { "Accept-Encoding": "gzip" });

  // Warm-up: every page rendered and cached, the heap at its working size.
  const warm = await runWrk(baseURL!, { connections: 64, seconds: 10, script });
  expect(warm.errors, warm.raw).toBe(0);
  await new Promise((r) => setTimeout(r, 3_000));
  const baseline = rssMiB(pid);

  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 1_000);
  const load = await runWrk(baseURL!, { connections: 256, seconds: 60, script });
  clearInterval(sampler);

  // Memory settles within 30 s to within 64 MiB / 25 % of the baseline, whichever is larger.
  const limit = baseline + Math.max(64, baseline * 0.25);
  let after = rssMiB(pid);
  for (let i = 0; i < 30 && after > limit; i++) {
    await new Promise((r) => setTimeout(r, 1_000));
    after = rssMiB(pid);
  }
  console.log(
    `load: ${load.requests} requests, ${load.rps.toFixed(0)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms; ` +
      `RSS baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, after ${after.toFixed(0)} MiB`,
  );
  expect(load.seconds).toBeGreaterThanOrEqual(59);
  expect(load.requests).toBeGreaterThan(10_000);
  expect(load.errors, load.raw).toBe(0);
  expect(after).toBeLessThanOrEqual(limit);
});
