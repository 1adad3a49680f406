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
//          --catalogue=N: the catalogue-scale benchmark instead (scripts/bench-catalogue.ts)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { runWrk, type WrkReport } from "../e2e/wrk";
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

type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wire: number };

function get(url: string, encoding = "gzip"): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wire: raw.length });
        });
      })
      .on("error", reject);
  });
}

function sh(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, argv, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${result.status})`);
}

function version(command: string, argv: string[]): string {
  const r = spawnSync(command, argv, { encoding: "utf8" });
  return (
    `${r.stdout ?? ""}${r.stderr ?? ""}`
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? "unknown"
  );
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
  };
  if (args.get("build") !== "false" && !args.has("no-build")) {
    console.log("Building the production build into .next-bench …");
    sh("npm", ["run", "--silent", "db:setup"], env);
    sh("npm", ["run", "--silent", "build"], env);
  }
  return spawn(process.execPath, [`${env.PACTDIFF_DIST_DIR}/pactdiff/server.cjs`], { env, stdio: ["ignore", "ignore", "inherit"] });
}

function nginxBinary(): string {
  return spawnSync("sh", ["-c", "command -v nginx || echo /usr/sbin/nginx"], { encoding: "utf8" }).stdout.trim().split("\n")[0]!;
}

function startNginx(files: { name: string; identity: Buffer }[]): ChildProcess {
  const root = path.join(WORK, "nginx", "root");
  rmSync(path.join(WORK, "nginx"), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of files) {
    writeFileSync(path.join(root, f.name), f.identity);
    writeFileSync(path.join(root, `${f.name}.gz`), gzipSync(f.identity, { level: 9 }));
  }
  const conf = path.join(WORK, "nginx", "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes auto;
daemon off;
error_log ${WORK}/nginx/error.log warn;
pid ${WORK}/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  default_type text/html;
  gzip_static on;
  client_body_temp_path ${WORK}/nginx/tmp; proxy_temp_path ${WORK}/nginx/tmp; fastcgi_temp_path ${WORK}/nginx/tmp;
  uwsgi_temp_path ${WORK}/nginx/tmp; scgi_temp_path ${WORK}/nginx/tmp;
  server { listen 127.0.0.1:${NGINX_PORT}; root ${root}; location / { etag on; } }
}
`,
  );
  mkdirSync(path.join(WORK, "nginx", "tmp"), { recursive: true });
  return spawn(nginxBinary(), ["-c", conf, "-e", `${WORK}/nginx/error.log`], { stdio: "inherit" });
}

type Run = { connections: number; rps: number; p50: number; p99: number; errors: number; bytesPerResponse: number };
type Row = { key: string; label: string; path: string; status: number; wireBytes: number; runs: Run[]; nginx: Run[] };

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

async function firstLoadJs(url: string): Promise<{ scripts: number; gzipBytes: number; inlineBytes: number }> {
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

async function lighthouse(urls: { key: string; url: string }[]): Promise<Record<string, Record<string, number>> | string> {
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

const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : "–");

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
      if (r.status !== 200) throw new Error(`${t.path} answered ${r.status}`);
      primed.push({ ...t, status: r.status, wireBytes: r.wire, identity: r.body, name: `${t.key}.html` });
    }
    nginx = startNginx(primed);
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
    const lh = args.has("no-lighthouse") ? "skipped: --no-lighthouse" : await lighthouse(lhUrls);

    // The table.
    const lines: string[] = [];
    const head = [
      "target",
      "bytes (gzip)",
      ...CONNECTIONS.flatMap((c) => [`req/s @${c}`, `p50 ms @${c}`, `p99 ms @${c}`, `errors @${c}`]),
      ...CONNECTIONS.map((c) => `× ref @${c}`),
      ...CONNECTIONS.map((c) => `% nginx @${c}`),
    ];
    lines.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
    for (const row of rows) {
      const cells = [row.label, String(row.wireBytes)];
      for (const run of row.runs) cells.push(fmt(run.rps), fmt(run.p50), fmt(run.p99), String(run.errors));
      row.runs.forEach((run, i) => cells.push(`${(run.rps / reference.runs[i]!.rps).toFixed(2)}×`));
      row.runs.forEach((run, i) => cells.push(`${((run.rps / row.nginx[i]!.rps) * 100).toFixed(1)}%`));
      lines.push(`| ${cells.join(" | ")} |`);
    }
    lines.push("", "nginx, same bytes precompressed (the machine's limit):", "");
    lines.push(
      `| target | ${CONNECTIONS.map((c) => `req/s @${c} | p99 ms @${c}`).join(" | ")} |`,
      `|---|${CONNECTIONS.map(() => "---|---").join("|")}|`,
    );
    for (const row of rows) lines.push(`| ${row.label} | ${row.nginx.map((n) => `${fmt(n.rps)} | ${fmt(n.p99)}`).join(" | ")} |`);
    lines.push(
      "",
      "| page type | scripts | first-load JS (gzip bytes) | above the reference | inline script bytes |",
      "|---|---|---|---|---|",
    );
    for (const t of PAGE_TYPES) {
      const j = js[t.key]!;
      lines.push(
        `| ${t.label} | ${j.scripts} | ${j.gzipBytes} | ${t.key === "reference" ? "–" : j.gzipBytes - js.reference!.gzipBytes} | ${j.inlineBytes} |`,
      );
    }
    if (typeof lh === "string") lines.push("", `Lighthouse: ${lh}`);
    else {
      lines.push(
        "",
        `| Lighthouse (mobile), median of ${LIGHTHOUSE_RUNS} runs | performance | accessibility | best practices | SEO |`,
        "|---|---|---|---|---|",
      );
      for (const [key, s] of Object.entries(lh))
        lines.push(`| ${key} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} |`);
    }

    // Budgets (PRODUCT.md).
    const byKey = (k: string) => rows.find((r) => r.key === k)!;
    const at = (row: Row, c: number) => row.runs[CONNECTIONS.indexOf(c)] ?? row.runs[0]!;
    const refAt = (c: number) => at(reference, c).rps;
    const budgets: { budget: string; ok: boolean; measured: string }[] = [];
    for (const k of ["agreement", "compare", "compare3", "provision", "search"]) {
      const row = byKey(k);
      for (const c of CONNECTIONS)
        budgets.push({
          budget: `${row.label}: req/s ≥ reference @${c}`,
          ok: at(row, c).rps >= refAt(c),
          measured: `${at(row, c).rps} vs ${refAt(c)}`,
        });
      budgets.push({ budget: `${row.label}: p99 < 100 ms @64`, ok: at(row, 64).p99 < 100, measured: `${fmt(at(row, 64).p99)} ms` });
    }
    const embed = byKey("embed");
    for (const c of CONNECTIONS) {
      const share = at(embed, c).rps / embed.nginx[CONNECTIONS.indexOf(c)]!.rps;
      budgets.push({ budget: `Embed: ≥ 15% of nginx @${c}`, ok: share >= 0.15, measured: `${(share * 100).toFixed(1)}%` });
    }
    budgets.push({ budget: "Embed: < 30 KB transferred", ok: embed.wireBytes < 30 * 1024, measured: `${embed.wireBytes} B` });
    budgets.push({
      budget: "Embed: no framework JS (external scripts), inline ≤ 4 KB",
      ok: js.embed!.scripts === 0 && js.embed!.inlineBytes <= 4096,
      measured: `${js.embed!.scripts} scripts, ${js.embed!.inlineBytes} B inline`,
    });
    const jsOver = js.compare!.gzipBytes - js.reference!.gzipBytes;
    budgets.push({ budget: "Compare first-load JS ≤ reference + 15 KB", ok: jsOver <= 15 * 1024, measured: `+${jsOver} B` });
    const appRows = rows.filter((r) => r.key !== "reference");
    budgets.push({
      budget: "No errors in any run of the app's targets",
      ok: appRows.every((r) => r.runs.every((x) => x.errors === 0)),
      measured: `${appRows.reduce((a, r) => a + r.runs.reduce((b, x) => b + x.errors, 0), 0)}`,
    });
    if (typeof lh !== "string") {
      for (const [key, s] of Object.entries(lh)) {
        // Embeds are noindex by design (the page they sit in is what should be found), so SEO is not theirs.
        const seoOk = key === "embed" || s.seo === 100;
        budgets.push({
          budget: `Lighthouse ${key}: perf ≥ 98, a11y/BP${key === "embed" ? "" : "/SEO"} 100`,
          ok: (s.performance ?? 0) >= 98 && s.accessibility === 100 && s["best-practices"] === 100 && seoOk,
          measured: `${s.performance}/${s.accessibility}/${s["best-practices"]}/${s.seo}`,
        });
      }
    }
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
