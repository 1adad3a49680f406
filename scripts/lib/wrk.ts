// Runs wrk (Debian's; scripts/ensure-tools.sh installs it) against a local server and reads its report: for
// the benchmarks (scripts/bench.ts, scripts/bench-catalogue.ts) and the load test (e2e/load.spec.ts).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export type WrkReport = {
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  bytes: number;
  non2xx3xx: number;
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  errors: number;
  raw: string;
};

/** A wrk Lua script that cycles through `paths` with the given headers. */
export function wrkScript(file: string, paths: string[], headers: Record<string, string>): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const lua = [
    `local paths = {${paths.map((p) => JSON.stringify(p)).join(", ")}}`,
    ...Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`),
    "local i = 0",
    "request = function()",
    "  i = i % #paths + 1",
    '  return wrk.format("GET", paths[i])',
    "end",
  ].join("\n");
  writeFileSync(file, `${lua}\n`);
  return file;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const toMs = (value: string, unit: string) => Number(value) * (UNIT_MS[unit] ?? 1);
const UNIT_BYTES: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

export function parseWrk(raw: string): WrkReport {
  const percentile = (p: string) => {
    const m = raw.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m"));
    return m ? toMs(m[1]!, m[2]!) : Number.NaN;
  };
  const total = raw.match(/(\d+) requests in ([\d.]+)(us|ms|s|m), ([\d.]+)(B|KB|MB|GB) read/);
  const max = raw.match(/^\s+Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)/m);
  const sock = raw.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non = raw.match(/Non-2xx or 3xx responses: (\d+)/);
  const requests = total ? Number(total[1]) : 0;
  const seconds = total ? toMs(total[2]!, total[3]!) / 1000 : 0;
  const socketErrors = sock
    ? { connect: Number(sock[1]), read: Number(sock[2]), write: Number(sock[3]), timeout: Number(sock[4]) }
    : { connect: 0, read: 0, write: 0, timeout: 0 };
  const non2xx3xx = non ? Number(non[1]) : 0;
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    latencyMs: { p50: percentile("50"), p90: percentile("90"), p99: percentile("99"), max: max ? toMs(max[1]!, max[2]!) : Number.NaN },
    bytes: total ? Number(total[4]) * (UNIT_BYTES[total[5]!] ?? 1) : 0,
    non2xx3xx,
    socketErrors,
    errors: non2xx3xx + socketErrors.connect + socketErrors.read + socketErrors.write + socketErrors.timeout,
    raw,
  };
}

export function runWrk(
  url: string,
  opts: {
    connections: number;
    seconds: number;
    threads?: number;
    script?: string;
    headers?: Record<string, string>;
    timeoutSeconds?: number;
  },
): Promise<WrkReport> {
  const args = [
    "-t",
    String(opts.threads ?? 2),
    "-c",
    String(opts.connections),
    "-d",
    `${opts.seconds}s`,
    "--latency",
    "--timeout",
    `${opts.timeoutSeconds ?? 5}s`,
  ];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push("-H", `${k}: ${v}`);
  if (opts.script) args.push("-s", opts.script);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk exited ${code}:\n${out}`))));
  });
}
