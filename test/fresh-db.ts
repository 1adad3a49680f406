// A fresh database with the project's real migrations applied, for tests that write: a SQLite file, or a
// PostgreSQL database when PACTDIFF_TEST_POSTGRES_URL is set (see test/databases.ts).
import { spawnSync } from "node:child_process";
import { databaseProvider } from "@/lib/runtime/env";
import { applyPgMigrations, readPgMigrations } from "@/scripts/lib/pg-migrate";
import { createPrismaClient } from "@/lib/runtime/prisma-client";
import { resetTestDatabase } from "./databases";

export async function freshDatabase(name: string) {
  const url = await resetTestDatabase(name);
  await migrateTestDatabase(url);
  return { url, prisma: createPrismaClient(url) };
}

/** Applies the project's migrations to the empty database at `url`, as `npm run db:setup` does. */
export async function migrateTestDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "postgresql") {
    await applyPgMigrations(url, readPgMigrations("prisma/postgresql/migrations"));
  } else {
    const result = spawnSync(process.execPath, ["scripts/prisma-offline.mjs", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}
