// The data package is built here, in a worker thread of its own (started by ./off-thread.ts from the
// compiled copy, .next/pactdiff/datapackage-worker.cjs): reading the whole catalogue, writing its CSVs and
// zipping them is seconds of work at hundreds of agreements, and done on the server's own thread it held
// every other request for that long and left the server answering cached pages more slowly afterwards
// (docs/benchmark.md). The worker has its own database client, answers once and ends.
import { parentPort, workerData } from "node:worker_threads";
import { buildDataPackage } from "./build";
import { closeConnection } from "../data/connection";
import type { DatasetVersionInfo } from "../data/versions";

export type WorkerInput = { version: DatasetVersionInfo; site: string };
export type WorkerOutput = { ok: true; bytes: Uint8Array } | { ok: false; message: string; code?: string };

async function run(): Promise<void> {
  const { version, site } = workerData as WorkerInput;
  let out: WorkerOutput;
  try {
    out = { ok: true, bytes: await buildDataPackage(version, site) };
  } catch (error) {
    const e = error as { message?: unknown; code?: unknown };
    out = { ok: false, message: String(e?.message ?? error), ...(typeof e?.code === "string" ? { code: e.code } : {}) };
  }
  await closeConnection();
  parentPort?.postMessage(out, out.ok ? [out.bytes.buffer as ArrayBuffer] : []);
}

void run();
