// What a page costs a browser, for the benchmark (scripts/bench.ts): the first-load JavaScript a modern browser
// fetches (gzip bytes) and, when Chromium and Lighthouse are there, Lighthouse's mobile scores.
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { get } from "./http";

export async function firstLoadJs(url: string): Promise<{ scripts: number; gzipBytes: number; inlineBytes: number }> {
  const page = await get(url);
  const html = page.body.toString("utf8");
  // What a modern browser loads: `noModule` polyfills are skipped by every browser that runs modules.
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .map((m) => m[1]!.match(/\bsrc="([^"]+)"/)?.[1])
    .filter((src): src is string => !!src)
    .map((src) => src.replace(/&amp;/g, "&"));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  let gzipBytes = 0;
  for (const src of new Set(srcs)) {
    const js = await get(new URL(src, url).toString(), "identity");
    gzipBytes += gzipSync(js.body, { level: 6 }).length;
  }
  return { scripts: new Set(srcs).size, gzipBytes, inlineBytes: Buffer.byteLength(inline.join("")) };
}

/** Lighthouse mobile scores of each page: the median of `LIGHTHOUSE_RUNS` runs, a failed run run again. */
export async function lighthouse(
  urls: { key: string; url: string }[],
  LIGHTHOUSE_RUNS: number,
): Promise<Record<string, Record<string, number>> | string> {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (spawnSync("test", ["-x", chrome]).status !== 0) return "skipped: no Chromium";
  let lh: typeof import("lighthouse");
  let launcher: typeof import("chrome-launcher");
  try {
    lh = await import("lighthouse");
    launcher = await import("chrome-launcher");
  } catch {
    return "skipped: lighthouse is not installed";
  }
  const out: Record<string, Record<string, number>> = {};
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const { key, url } of urls) {
    const runs: Record<string, number>[] = [];
    // A run that fails (Lighthouse reports a runtime error and scores 0) is run again, up to twice.
    for (let i = 0, failed = 0; i < LIGHTHOUSE_RUNS;) {
      const browser = await launcher.launch({
        chromePath: chrome,
        chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
      });
      try {
        const result = await lh.default(url, {
          port: browser.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        const categories = result?.lhr.categories ?? {};
        const scores = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
        if ((result?.lhr.runtimeError || !scores.performance) && failed < 2) {
          failed++;
          console.log(`Lighthouse ${key}: run failed (${result?.lhr.runtimeError?.code ?? "no score"}), running it again`);
          continue;
        }
        runs.push(scores);
        i++;
      } finally {
        browser.kill();
      }
    }
    const categories = [...new Set(runs.flatMap((r) => Object.keys(r)))];
    out[key] = Object.fromEntries(categories.map((c) => [c, median(runs.map((r) => r[c] ?? 0))]));
    out[key].runs = runs.length;
    console.log(`Lighthouse ${key}: performance ${runs.map((r) => r.performance).join(", ")} → median ${out[key].performance}`);
  }
  return out;
}
