// Runs the data package build (./worker.ts) in a worker thread and waits for its bytes. The production
// build compiles the worker to <dist>/pactdiff/datapackage-worker.cjs (scripts/compile.mjs); outside
// production (`next dev`, whose sources may be newer than the last build's worker; tests) or where that file
// is absent the package is built on this thread as before.
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { DatasetVersionInfo } from "../data/versions";
import type { WorkerInput, WorkerOutput } from "./worker";

export function compiledWorkerPath(distDir = process.env.PACTDIFF_DIST_DIR || ".next"): string {
  return path.resolve(distDir, "pactdiff", "datapackage-worker.cjs");
}

/** How long a build may take before the worker is stopped and the request answered with an error. */
export const WORKER_TIMEOUT_MS = 120_000;

/** The zip built by the worker script at `file`; rejects with the worker's error (its message and code kept). */
export function buildInWorker(file: string, version: DatasetVersionInfo, site: string, timeoutMs = WORKER_TIMEOUT_MS): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { version, site } satisfies WorkerInput });
    let answered = false;
    const answer = (settle: () => void) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => answer(() => reject(new Error(`The data package took longer than ${timeoutMs / 1000} s to build; the worker was stopped.`))),
      timeoutMs,
    );
    worker.once("message", (out: WorkerOutput) =>
      answer(() => (out.ok ? resolve(out.bytes) : reject(Object.assign(new Error(out.message), out.code ? { code: out.code } : {})))),
    );
    worker.once("error", (error) => answer(() => reject(error)));
    worker.once("exit", (code) =>
      answer(() => reject(new Error(`The data package worker stopped (exit code ${code}) before it answered.`))),
    );
  });
}

/** In the production build's worker when it has one, else here. */
export function buildOffThread(
  version: DatasetVersionInfo,
  site: string,
  inProcess: (version: DatasetVersionInfo, site: string) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const file = compiledWorkerPath();
  return process.env.NODE_ENV === "production" && existsSync(file) ? buildInWorker(file, version, site) : inProcess(version, site);
}
