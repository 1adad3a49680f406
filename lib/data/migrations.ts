// Whether the database has every migration this checkout ships: the server's start asks, and stops with the
// name of the first one missing rather than serving pages over tables that are not there. The migrations
// are applied by `npm run db:setup` (scripts/db-setup.ts): Prisma's `migrate deploy` for SQLite, the runner
// of scripts/lib/pg-migrate.ts for PostgreSQL; both record them in Prisma's `_prisma_migrations` table.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider } from "../runtime/env";
import { isDatabaseUnavailable, isMissingTable } from "../runtime/outage";
import type { PrismaClient } from "../runtime/prisma-client";

/** The migrations folder of the database a URL names: prisma/migrations (SQLite) or prisma/postgresql/migrations. */
export function migrationsDir(url: string): string {
  return databaseProvider(url) === "postgresql" ? path.join("prisma", "postgresql", "migrations") : path.join("prisma", "migrations");
}

/** The names of a folder's migrations (subfolders holding a migration.sql), in the order they apply. */
export function shippedMigrations(dir: string): string[] {
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")));
  return names.map((e) => e.name).sort();
}

/** The migrations the database has applied (finished, not rolled back); none when it has no bookkeeping table. */
async function appliedMigrations(prisma: PrismaClient): Promise<Set<string>> {
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if (isMissingTable(error)) return new Set();
    throw error;
  }
}

export type MigrationCheck =
  | { ok: true }
  | { ok: false; missing: string[]; message: string }
  /** The database cannot be reached now: the server starts and answers 503 until it is back (lib/runtime/outage.ts). */
  | { ok: "unknown"; reason: unknown };

/** Compares the migrations the database applied with those under migrationsDir(url). */
export async function checkMigrations(prisma: PrismaClient, url: string, dir = migrationsDir(url)): Promise<MigrationCheck> {
  let applied: Set<string>;
  try {
    applied = await appliedMigrations(prisma);
  } catch (error) {
    if (isDatabaseUnavailable(error, url)) return { ok: "unknown", reason: error };
    throw error;
  }
  const missing = shippedMigrations(dir).filter((name) => !applied.has(name));
  if (missing.length === 0) return { ok: true };
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more: ${missing.slice(1).join(", ")})` : "";
  return {
    ok: false,
    missing,
    message: `The database at ${describeDatabase(url)} lacks migration ${missing[0]}${more}: run npm run db:setup`,
  };
}

/** The database's address, without credentials: the SQLite URL, or PostgreSQL's host, port and database. */
function describeDatabase(url: string): string {
  if (databaseProvider(url) === "sqlite") return url;
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || "5432"}${pathname}`;
}
