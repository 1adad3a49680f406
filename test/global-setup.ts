// Gives the unit tests a fresh database (SQLite file, or PostgreSQL when PACTDIFF_TEST_POSTGRES_URL is
// set) with the real Prisma migrations applied and the catalogue imported.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resetTestDatabase } from "./databases";

export default async function setup() {
  rmSync("test/.tmp", { recursive: true, force: true });
  mkdirSync("test/.tmp", { recursive: true });
  const url = await resetTestDatabase("unit");
  const env = { ...process.env, DATABASE_URL: url };
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-setup.ts"], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`db:setup failed for unit tests:\n${result.stdout}\n${result.stderr}`);
}
