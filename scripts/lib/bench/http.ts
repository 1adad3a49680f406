// Plain HTTP for the benchmark (scripts/bench.ts): a GET that keeps the bytes on the wire and the body, and the
// version line of a tool.
import { spawnSync } from "node:child_process";
import http from "node:http";
import { gunzipSync } from "node:zlib";

export type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wire: number };

export function get(url: string, encoding = "gzip"): Promise<Fetched> {
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

export function version(command: string, argv: string[]): string {
  const r = spawnSync(command, argv, { encoding: "utf8" });
  return (
    `${r.stdout ?? ""}${r.stderr ?? ""}`
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? "unknown"
  );
}
