import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable } from "../runtime/outage";
import { buildInWorker, buildOffThread, compiledWorkerPath } from "./off-thread";

const dir = mkdtempSync(path.join(os.tmpdir(), "pactdiff-worker-"));
const version = {
  id: "0123456789ab",
  importedAt: "2026-01-01T00:00:00.000Z",
  activatedAt: "2026-01-01T00:00:00.000Z",
  releasedOn: "2026-01-01",
  isLatest: true,
  isPreview: false,
};

/** A stand-in for the compiled worker: the same protocol, a body of our choosing. */
function workerScript(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `const { parentPort, workerData } = require("node:worker_threads");\n${body}\n`);
  return file;
}

describe("the data package worker's runner", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("answers the bytes the worker sends, built from what it was given", async () => {
    const file = workerScript(
      "ok.cjs",
      `const bytes = new TextEncoder().encode(workerData.version.id + " " + workerData.site);
       parentPort.postMessage({ ok: true, bytes }, [bytes.buffer]);`,
    );
    const bytes = await buildInWorker(file, version, "https://pactdiff.example");
    expect(new TextDecoder().decode(bytes)).toBe("0123456789ab https://pactdiff.example");
  });

  it("rejects with the worker's message and code, so that an outage is still told apart", async () => {
    const file = workerScript(
      "down.cjs",
      `parentPort.postMessage({ ok: false, message: "Can't reach database server at db:5432", code: "P1001" });`,
    );
    const error = (await buildInWorker(file, version, "s").catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.message).toBe("Can't reach database server at db:5432");
    expect(error.code).toBe("P1001");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("rejects when the worker throws or stops without answering", async () => {
    await expect(buildInWorker(workerScript("throws.cjs", `throw new Error("broken build");`), version, "s")).rejects.toThrow(
      "broken build",
    );
    await expect(buildInWorker(workerScript("exits.cjs", `process.exit(3);`), version, "s")).rejects.toThrow(
      "The data package worker stopped (exit code 3) before it answered.",
    );
  });

  it("stops a worker that does not answer in time", async () => {
    const file = workerScript("hangs.cjs", `setInterval(() => {}, 1000);`);
    await expect(buildInWorker(file, version, "s", 300)).rejects.toThrow("took longer than 0.3 s to build; the worker was stopped");
  });

  it("uses the production build's compiled worker when there is one, and builds here otherwise", async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "pactdiff-dist-"));
    vi.stubEnv("PACTDIFF_DIST_DIR", dist);
    vi.stubEnv("NODE_ENV", "production");
    const inProcess = vi.fn(async () => new Uint8Array([7]));
    expect(await buildOffThread(version, "s", inProcess)).toEqual(new Uint8Array([7]));
    expect(inProcess).toHaveBeenCalledTimes(1);

    const compiled = compiledWorkerPath();
    expect(compiled).toBe(path.resolve(dist, "pactdiff", "datapackage-worker.cjs"));
    mkdirSync(path.dirname(compiled), { recursive: true });
    writeFileSync(
      compiled,
      `const { parentPort } = require("node:worker_threads"); parentPort.postMessage({ ok: true, bytes: new Uint8Array([9]) });`,
    );
    expect(await buildOffThread(version, "s", inProcess)).toEqual(new Uint8Array([9]));
    expect(inProcess).toHaveBeenCalledTimes(1);

    // `next dev` runs newer sources than the last build's worker: it builds here.
    vi.stubEnv("NODE_ENV", "development");
    expect(await buildOffThread(version, "s", inProcess)).toEqual(new Uint8Array([7]));
    expect(inProcess).toHaveBeenCalledTimes(2);
  });
});
