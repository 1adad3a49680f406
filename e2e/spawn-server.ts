// Starts another instance of the production server on the end-to-end build (.next-e2e), for tests that
// need a server in a state the shared one must not be put in (its database down, for one). It runs what
// production runs: the server compiled by `npm run build` (scripts/compile.mjs). SITE_URL is left unset
// unless given, so links use the port served.
import { spawn, type ChildProcess } from "node:child_process";

export type SpawnedServer = { url: string; output: () => string; stop: () => Promise<void>; process: ChildProcess };

export async function spawnServer(port: number, env: Record<string, string>): Promise<SpawnedServer> {
  const inherited = { ...process.env };
  delete inherited.SITE_URL;
  const child = spawn(process.execPath, ["--enable-source-maps", ".next-e2e/pactdiff/server.cjs"], {
    env: { ...inherited, PACTDIFF_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!output.includes("Pactdiff ready")) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`server did not start within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://localhost:${port}`,
    output: () => output,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
