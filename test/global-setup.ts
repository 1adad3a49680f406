// Gives the unit tests a fresh database (SQLite file, or PostgreSQL when PACTDIFF_TEST_POSTGRES_URL is set)
// with the real Prisma migrations applied and the catalogue imported: prisma/catalogue, or the folder
// PACTDIFF_CATALOGUE_DIR names (test/real-catalogue.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resetTestDatabase, testTmpDir } from "./databases";
import { migrateTestDatabase } from "./fresh-db";
import { catalogueDir } from "./real-catalogue";

export default async function setup() {
  rmSync(testTmpDir(), { recursive: true, force: true });
  mkdirSync(testTmpDir(), { recursive: true });
  const url = await resetTestDatabase("unit");
  await migrateTestDatabase(url);
  const env = { ...process.env, DATABASE_URL: url };
  const args = ["--import", "tsx", "scripts/import-catalogue.ts", "--dir", catalogueDir()];
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`importing ${catalogueDir()} failed for unit tests:\n${result.stdout}\n${result.stderr}`);
}
