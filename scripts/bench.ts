// npm run bench — the production build under load, against two references measured in the same run:
//   - a minimal static Next.js page of the same build (/bench-reference, served by Next.js itself), and
//   - nginx from Debian sending the very same bytes, precompressed: the machine's limit.
// For each target: requests/s, p50/p99 latency at 64 and 256 connections with Accept-Encoding: gzip (wrk),
// errors and bytes per response; then first-load JS per page type (gzip bytes) and, when Chromium and
// Lighthouse are there, Lighthouse mobile scores. Prints a table, checks the budgets of PRODUCT.md and
// writes bench/results/latest.{json,md}.
//
// Options: --duration=S (per run, default 10) · --connections=64,256 · --no-build (reuse .next-bench)
//          --url=http://host:port (measure a running deployment instead, e.g. the scale-out recipe)
//          --no-lighthouse · --label=TEXT · --name=NAME (results file name, default latest)
//          --catalogue=N: the catalogue-scale benchmark instead (scripts/bench-catalogue.ts); with --articles=K,
//          the treaty-scale one
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runWrk, type WrkReport } from "./lib/wrk";
import { get, version } from "./lib/bench/http";
import { nginxBinary, startNginx } from "./lib/bench/nginx";
import { firstLoadJs, lighthouse } from "./lib/bench/pages";
import { budgetsOf, resultTable, type Row, type Run } from "./lib/bench/report";
import { runCatalogueBench } from "./bench-catalogue";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k!, v ?? "true"] as const;
  }),
);
const DURATION = Number(args.get("duration") ?? 10);
const CONNECTIONS = (args.get("connections") ?? "64,256").split(",").map(Number);
const APP_PORT = 3400;
const NGINX_PORT = 3401;
const WORK = path.resolve("bench/.tmp");
const RESULTS = path.resolve("bench/results");
const external = args.get("url");
const base = external ?? `http://127.0.0.1:${APP_PORT}`;

const TARGETS = [
  { key: "home", label: "/ (home)", path: "/" },
  { key: "agreement", label: "Agreement page", path: "/agreements/us-china-2015" },
  { key: "compare", label: "Featured comparison", path: "/compare/us-china-2015/canada-china-2017" },
  { key: "compare3", label: "Three-way comparison", path: "/compare/us-china-2015/canada-china-2017/uk-china-2015" },
  { key: "embed", label: "Embed", path: "/embed/compare/us-china-2015/canada-china-2017" },
  { key: "provision", label: "Provision page", path: "/provisions/ip-theft" },
  { key: "search", label: "Search results", path: "/search?q=IP%20theft" },
  { key: "api", label: "JSON API (compare)", path: "/api/v1/compare/us-china-2015/canada-china-2017" },
  // The URL asked about is on the measured site (SITE_URL is set to it below; give --url's SITE_URL for others).
  { key: "oembed", label: "oEmbed", path: `/api/oembed?url=${encodeURIComponent(`${base}/compare/us-china-2015/canada-china-2017`)}` },
] as const;
const REFERENCE = { key: "reference", label: "Reference: minimal static Next page", path: "/bench-reference" };
const PAGE_TYPES = [REFERENCE, TARGETS[0], TARGETS[1], TARGETS[2], TARGETS[4], TARGETS[5]];
/** Lighthouse runs per page: the median of each category is the page's figure (one run moves by a few points). */
const LIGHTHOUSE_RUNS = Number(args.get("lighthouse-runs") ?? 3);

function sh(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, argv, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${result.status})`);
}

async function waitFor(url: string, child?: ChildProcess, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const r = await get(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (child && child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function startApp(): ChildProcess {
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    PACTDIFF_DIST_DIR: ".next-bench",
    DATABASE_URL: process.env.DATABASE_URL || "file:./bench/.tmp/bench.db",
    PORT: String(APP_PORT),
    HOSTNAME: "127.0.0.1",
    SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    // The reference page (/bench-reference) exists only in a build made with this set: app/bench-reference.
    PACTDIFF_BENCH_REFERENCE: "1",
  };
  if (args.get("build") !== "false" && !args.has("no-build")) {
    console.log("Building the production build into .next-bench …");
    sh("npm", ["run", "--silent", "db:setup"], env);
    sh("npm", ["run", "--silent", "build"], env);
  }
  return spawn(process.execPath, [`${env.PACTDIFF_DIST_DIR}/pactdiff/server.cjs`], { env, stdio: ["ignore", "ignore", "inherit"] });
}

function toRun(connections: number, r: WrkReport): Run {
  return {
    connections,
    rps: Math.round(r.rps),
    p50: r.latencyMs.p50,
    p99: r.latencyMs.p99,
    errors: r.errors,
    bytesPerResponse: r.requests ? Math.round(r.bytes / r.requests) : 0,
  };
}

async function measure(url: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (const c of CONNECTIONS) {
    await runWrk(url, { connections: c, seconds: 2, headers: { "Accept-Encoding": "gzip" } }); // warm-up
    runs.push(toRun(c, await runWrk(url, { connections: c, seconds: DURATION, headers: { "Accept-Encoding": "gzip" } })));
  }
  return runs;
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  if (spawnSync("id", ["-u"], { encoding: "utf8" }).stdout.trim() === "0") sh("bash", ["scripts/ensure-tools.sh", "--with-nginx"]);
  const app = external ? undefined : startApp();
  let nginx: ChildProcess | undefined;
  const stop = () => {
    app?.kill();
    nginx?.kill();
  };
  process.on("SIGINT", () => (stop(), process.exit(130)));
  try {
    await waitFor(`${base}/bench-reference`, app, 120);
    // Prime every target (fills caches) and keep its bytes for nginx.
    const primed: { key: string; label: string; path: string; status: number; wireBytes: number; identity: Buffer; name: string }[] = [];
    for (const t of [REFERENCE, ...TARGETS]) {
      const r = await get(base + t.path);
      // The reference page exists only in a build made with PACTDIFF_BENCH_REFERENCE=1 (app/bench-reference).
      if (r.status !== 200)
        throw new Error(`${t.path} answered ${r.status}${t === REFERENCE ? " (build with PACTDIFF_BENCH_REFERENCE=1)" : ""}`);
      primed.push({ ...t, status: r.status, wireBytes: r.wire, identity: r.body, name: `${t.key}.html` });
    }
    nginx = startNginx(primed, WORK, NGINX_PORT);
    await waitFor(`http://127.0.0.1:${NGINX_PORT}/reference.html`, nginx, 20);

    const rows: Row[] = [];
    for (const t of primed) {
      console.log(`measuring ${t.label} …`);
      const runs = await measure(base + t.path);
      const ngx = await measure(`http://127.0.0.1:${NGINX_PORT}/${t.name}`);
      rows.push({ key: t.key, label: t.label, path: t.path, status: t.status, wireBytes: t.wireBytes, runs, nginx: ngx });
    }
    const reference = rows.find((r) => r.key === "reference")!;

    const js: Record<string, { scripts: number; gzipBytes: number; inlineBytes: number }> = {};
    for (const t of PAGE_TYPES) js[t.key] = await firstLoadJs(base + t.path);

    const lhUrls = ["home", "agreement", "compare", "provision", "embed"].map((key) => ({
      key,
      url: base + TARGETS.find((t) => t.key === key)!.path,
    }));
    // Lighthouse measures a page load on an idle server: after the load runs, give the server a few seconds
    // to settle (garbage collection, sockets closing) and load each page once, so that no run pays for them.
    if (!args.has("no-lighthouse")) {
      await new Promise((r) => setTimeout(r, 5000));
      for (const { url } of lhUrls) await get(url);
    }
    const lh = args.has("no-lighthouse") ? "skipped: --no-lighthouse" : await lighthouse(lhUrls, LIGHTHOUSE_RUNS);

    const lines = resultTable({
      rows,
      reference,
      js,
      lh,
      connections: CONNECTIONS,
      pageTypes: PAGE_TYPES,
      lighthouseRuns: LIGHTHOUSE_RUNS,
    });
    const budgets = budgetsOf({ rows, reference, js, lh, connections: CONNECTIONS });
    lines.push("", "| budget (PRODUCT.md) | measured | met |", "|---|---|---|");
    for (const b of budgets) lines.push(`| ${b.budget} | ${b.measured} | ${b.ok ? "yes" : "**no**"} |`);

    const machine = {
      date: new Date().toISOString(),
      label: args.get("label") ?? null,
      target: external ?? "npm start (compiled server.ts) on .next-bench",
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      nginx: version(nginxBinary(), ["-v"]),
      wrk: version("wrk", ["-v"]),
      database: external ? "as deployed" : (process.env.DATABASE_URL || "file:./bench/.tmp/bench.db").replace(/\/\/[^@]*@/, "//…@"),
      durationSeconds: DURATION,
      connections: CONNECTIONS,
    };
    const header = `Pactdiff bench — ${machine.date} — ${machine.cpus}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.nginx}, ${machine.wrk}; ${DURATION} s per run, wrk -t2, Accept-Encoding: gzip; ${machine.target}`;
    const markdown = `${header}\n\n${lines.join("\n")}\n`;
    console.log(`\n${markdown}`);
    const name = (args.get("name") ?? "latest").replace(/[^\w-]/g, "_");
    writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
    writeFileSync(
      path.join(RESULTS, `${name}.json`),
      `${JSON.stringify({ machine, rows, firstLoadJs: js, lighthouse: lh, budgets }, null, 2)}\n`,
    );
    console.log(`wrote ${path.relative(process.cwd(), RESULTS)}/${name}.json and ${name}.md`);
    const missed = budgets.filter((b) => !b.ok);
    if (missed.length) console.log(`${missed.length} budget(s) not met: ${missed.map((b) => b.budget).join("; ")}`);
    if (args.has("check") && missed.length) process.exitCode = 1;
  } finally {
    stop();
  }
}

const run = args.has("catalogue")
  ? () =>
      runCatalogueBench({
        n: Number(args.get("catalogue") === "true" ? 500 : args.get("catalogue")),
        ...(args.has("articles") ? { articles: Number(args.get("articles")) } : {}),
        urls: Number(args.get("urls") ?? 10_000),
        cold: Number(args.get("cold") ?? 200),
        duration: DURATION,
        connections: Number(args.get("connections") ?? 64),
      })
  : main;

run().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
