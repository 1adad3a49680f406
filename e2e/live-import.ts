// Importing a catalogue folder into the running e2e server's database, and waiting for the server to show
// it: shared by the specs that change the catalogue under a running server (versions, provenance).
import { spawnSync } from "node:child_process";
import { expect } from "@playwright/test";
import { testDatabaseUrl } from "../test/databases";

/** Runs the real importer on `dir` against the e2e database; returns what it printed. */
export function importCatalogue(dir: string): string {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--dir", dir], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl("e2e", "e2e/.tmp") },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Polls `check` every 200 ms until it holds; throws after `seconds`. Returns the milliseconds it took. */
export async function within(seconds: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > seconds * 1000) throw new Error(`not seen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - start;
}
