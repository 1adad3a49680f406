// npm run bench -- --catalogue=N — how Pactdiff scales with the size of its catalogue. In one run, for the
// real catalogue and for a synthetic one of N agreements:
//   import time · build time and peak memory · .next size · cold-render p50/p99 of uncached comparisons ·
//   cached requests/s of one comparison (wrk) · RSS after 10,000 distinct comparison URLs · growth of .next ·
//   cold times of the whole-catalogue representations (data package, changelog, feeds)
// and checks the targets (build ≤ 1.5× the real one, import ≤ 60 s, cold p99 ≤ 500 ms, cached ≥ 0.9×,
// RSS and disk bounded). Writes bench/results/catalogue-N.{json,md}.
//
// Both catalogues are imported and built first, then served side by side by two servers: latencies are
// taken one request at a time, the servers taking turns request by request (the other idle), cached
// throughput in turns (real, synthetic, synthetic, real), so that the ratios compare the two catalogues
// and not two moments of the machine or of the processes.
//
// The synthetic catalogue is generated in bench/.tmp (never in prisma/catalogue) from the real files:
// every agreement is a copy of a real one under the slug synthetic-NNNN, titled "Synthetic agreement NNNN
// (benchmark data)", with a few words of each clause changed, so that diffs have work to do. It is imported
// into a database of its own under bench/.tmp, never into the real one.
//
// With --articles=K, the treaty-scale benchmark (scripts/lib/bench/treaties.ts): the synthetic catalogue is
// the real one plus N synthetic treaties of K articles and two of 48; measured besides are cold comparisons
// of the two whole treaties, cold reuse pages, the reuse index and the tokenizer (each in a process of its
// own), against the treaty-scale budgets. Writes bench/results/catalogue-N-articles-K.{json,md}.
//
// Options: --catalogue=N (default 500) · --articles=K · --urls=10000 · --cold=200 (uncached comparisons timed) ·
//          --duration=10 (wrk seconds) · --connections=64
//
// The synthetic catalogue, the URLs, the process measures and the report are in scripts/lib/bench/.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { catalogueReport } from "./lib/bench/catalogue-report";
import type { Measured, Options } from "./lib/bench/catalogue-types";
import { comparisonUrls } from "./lib/bench/catalogue-urls";
import type { Prepared, Running, Throughput } from "./lib/bench/catalogue-types";
import { measureThroughputInTurns } from "./lib/bench/throughput";
import { generateTreatyCatalogue } from "./lib/bench/treaties";
import { measureTreatyLatencies } from "./lib/bench/treaty-latencies";
import { runProbe, type ReuseProbe, type TokenizerProbe } from "./lib/bench/treaty-probes";
import { treatyReport, type TreatyProbes } from "./lib/bench/treaty-report";
import { get, measureLatencies } from "./lib/bench/latencies";
import { du, files, timed, treeRssMiB } from "./lib/bench/processes";
import { FEATURED, generateSyntheticCatalogue, syntheticSlugOf } from "./lib/bench/synthetic";

export { generateSyntheticCatalogue } from "./lib/bench/synthetic";

const WORK = path.resolve("bench/.tmp/catalogue");
const RESULTS = path.resolve("bench/results");
const PORT = 3420;

function sh(command: string, argv: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, argv, { stdio: ["ignore", "ignore", "inherit"], env });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${result.status})`);
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await get(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One build folder for both catalogues, the benchmark's own (tsconfig.json already lists it). */
const DIST = ".next-bench";

/**
 * Imports a catalogue into a database of its own and builds the app, timing both. The build reads no
 * database (pages are rendered on request), so the second catalogue's build replaces the first one's and
 * both servers run from it.
 */
async function prepare(label: string, catalogueDir: string, port: number, cachedPair: string[]): Promise<Prepared> {
  const db = path.join(WORK, `${label}.db`);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
  rmSync(DIST, { recursive: true, force: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: `file:${db}`,
    PACTDIFF_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    // The reference page (/bench-reference) exists only in a build made with this set: app/bench-reference.
    PACTDIFF_BENCH_REFERENCE: "1",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    SITE_URL: `http://127.0.0.1:${port}`,
  };
  console.log(`[${label}] migrating and importing …`);
  sh(process.execPath, ["scripts/prisma-offline.mjs", "migrate", "deploy"], env);
  const imported = await timed(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--dir", catalogueDir], env);
  console.log(`[${label}] building …`);
  const build = await timed("npm", ["run", "--silent", "build"], env);
  return {
    label,
    env,
    port,
    cachedPair,
    importSeconds: imported.seconds,
    buildSeconds: build.seconds,
    buildPeakMiB: build.peakMiB,
    nextBytesAfterBuild: du(DIST),
  };
}

async function start(p: Prepared): Promise<Running> {
  const server = spawn(process.execPath, [`${DIST}/pactdiff/server.cjs`], { env: p.env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${p.port}`;
  try {
    await waitFor(`${base}/bench-reference`, server);
    const list = (await (await fetch(`${base}/api/v1/agreements`)).json()) as { agreements: { slug: string }[] };
    for (let i = 0; i < 3; i++) await get(`${base}/`); // first renders of the app itself
    return { ...p, server, base, slugs: list.agreements.map((a) => a.slug), rssStartMiB: Math.round(treeRssMiB(server.pid!)) };
  } catch (error) {
    server.kill(); // a server that did not come up is not left running
    throw error;
  }
}

async function stop(r: Running): Promise<void> {
  if (r.server.exitCode !== null) return;
  r.server.kill();
  await new Promise((resolve) => r.server.once("exit", resolve));
}

/** Distinct comparison URLs, four at a time: memory and the build folder while the caches fill. */
async function measureDistinctUrls(r: Running, o: Options) {
  console.log(`[${r.label}] ${o.urls} distinct comparison URLs …`);
  const queue = comparisonUrls(r.slugs, o.urls, 2);
  const urls = queue.length;
  let urlErrors = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) if ((await get(r.base + url)).status !== 200) urlErrors++;
    }),
  );
  return { urls, urlErrors, rssAfterUrlsMiB: Math.round(treeRssMiB(r.server.pid!)) };
}

/** Both catalogues prepared, then served side by side: latencies one server at a time, throughput in turns. */
async function measureBoth(catalogues: { label: string; dir: string; cachedPair: string[] }[], o: Options): Promise<Measured[]> {
  const prepared = [];
  for (const [i, c] of catalogues.entries()) prepared.push(await prepare(c.label, c.dir, PORT + i, c.cachedPair));
  const servers: Running[] = [];
  try {
    for (const p of prepared) servers.push(await start(p));
    const filesBefore = files(DIST);
    const nextBytesServing = du(DIST);
    const latencies = await measureLatencies(servers, o);
    const treaty = o.articles ? await measureTreatyLatencies(servers, o) : [];
    const throughput = await measureThroughputInTurns(servers, o);
    const distinct: Awaited<ReturnType<typeof measureDistinctUrls>>[] = [];
    for (const r of servers) distinct.push(await measureDistinctUrls(r, o));
    // The build folder is shared: its growth is that of both servers together, reported on each.
    const nextGrowthBytes = du(DIST) - nextBytesServing;
    const newFiles = [...files(DIST)].filter((f) => !filesBefore.has(f)).slice(0, 20);
    return servers.map((r, i): Measured => {
      const t = throughput.get(r.label) ?? {};
      const none: Throughput = { rps: 0, p99: NaN, bytes: 0, errors: 0 };
      const [comparison, provision, search] = [t.comparison ?? none, t.provision ?? none, t.search ?? none];
      return {
        label: r.label,
        agreements: r.slugs.length,
        importSeconds: r.importSeconds,
        buildSeconds: r.buildSeconds,
        buildPeakMiB: r.buildPeakMiB,
        nextBytesAfterBuild: r.nextBytesAfterBuild,
        ...latencies[i]!,
        cachedUrl: `/compare/${r.cachedPair.join("/")}`,
        cachedBytes: comparison.bytes,
        cachedRps: comparison.rps,
        cachedP99: comparison.p99,
        wrkErrors: comparison.errors + provision.errors + search.errors,
        rssStartMiB: r.rssStartMiB,
        ...distinct[i]!,
        nextGrowthBytes,
        newFiles,
        provisionRps: provision.rps,
        provisionP99: provision.p99,
        searchRps: search.rps,
        searchP99: search.p99,
        ...(treaty[i] ? { treaty: treaty[i] } : {}),
      };
    });
  } finally {
    for (const r of servers) await stop(r);
  }
}

/** The reuse index of both catalogues and the tokenizer, each timed in a process of its own, before any server runs. */
async function treatyProbes(realDir: string, syntheticDir: string): Promise<TreatyProbes> {
  console.log("reuse index and tokenizer, each in a process of its own …");
  const real = await runProbe<ReuseProbe>(["reuse", realDir]);
  const synthetic = await runProbe<ReuseProbe>(["reuse", syntheticDir]);
  return { reuse: { real, synthetic }, tokenizer: await runProbe<TokenizerProbe>(["tokenizer"]) };
}

export async function runCatalogueBench(o: Options): Promise<void> {
  if (!Number.isInteger(o.n) || o.n < 2 || o.n > 5000) throw new Error("--catalogue takes a whole number of agreements from 2 to 5000");
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  const name = o.articles ? `catalogue-${o.n}-articles-${o.articles}` : `catalogue-${o.n}`;
  const synthetic = path.join(WORK, `synthetic-${o.n}`);
  if (o.articles) generateTreatyCatalogue(o.n, o.articles, synthetic);
  else generateSyntheticCatalogue(o.n, synthetic);
  const realDir = path.join("prisma", "catalogue");
  const probes = o.articles ? await treatyProbes(realDir, synthetic) : null;
  const [real, big] = await measureBoth(
    [
      { label: "real", dir: realDir, cachedPair: FEATURED },
      // The treaty catalogue holds the real agreements as they are: the same featured page is compared.
      { label: `synthetic-${o.n}`, dir: synthetic, cachedPair: o.articles ? FEATURED : FEATURED.map((t) => syntheticSlugOf(t, o.n)) },
    ],
    o,
  );
  if (!real || !big) throw new Error("both catalogues must be measured");

  const { lines, targets } = probes ? treatyReport(real, big, o, probes) : catalogueReport(real, big, o);
  const header = `Pactdiff catalogue bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}; SQLite; wrk ${o.duration} s @${o.connections}${o.articles ? `; treaties of ${o.articles} articles` : ""}`;
  const markdown = `${header}\n\n${lines.join("\n")}\n`;
  console.log(`\n${markdown}`);
  writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
  writeFileSync(
    path.join(RESULTS, `${name}.json`),
    `${JSON.stringify({ options: o, real, synthetic: big, ...(probes ? { probes } : {}), targets }, null, 2)}\n`,
  );
  const missed = targets.filter((t) => !t.ok);
  if (missed.length) console.log(`${missed.length} target(s) not met: ${missed.map((t) => t.target).join("; ")}`);
}
