// Applies the Prisma migrations under prisma/postgresql/migrations to a PostgreSQL database.
//
// Why not `prisma migrate deploy`: offline, the Prisma CLI can only use its JavaScript schema engine on a
// driver adapter, and with @prisma/adapter-pg that engine fails on PostgreSQL's catalogue (`Column type
// 'name' could not be deserialized`, prisma/prisma#27403, open). This runner does what `migrate deploy`
// does, in Prisma's own bookkeeping table, so the native CLI sees the same history where it is available:
// - one advisory lock (the key Prisma uses), so instances starting together never migrate twice;
// - each pending migration in its own transaction (PostgreSQL DDL is transactional): all of it or none;
// - `_prisma_migrations` rows with the SHA-256 checksum of migration.sql, as Prisma writes them;
// - a migration that failed half-way, or whose applied file has changed, stops the run with a clear message;
// - a database that does not exist yet is created first, as migrate deploy does.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

const PRISMA_ADVISORY_LOCK = 72707369;

export interface PgMigration {
  name: string;
  sql: string;
  checksum: string;
}

export function readPgMigrations(dir: string): PgMigration[] {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface PgMigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** PostgreSQL's "database does not exist" (invalid_catalog_name). */
const NO_SUCH_DATABASE = "3D000";

/**
 * Creates the URL's database when it does not exist yet, as `prisma migrate deploy` does: connected to the
 * server's `postgres` database, with the URL's role (which needs CREATEDB). Returns whether it created it.
 */
export async function ensurePgDatabase(connectionString: string): Promise<boolean> {
  const probe = new Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if (!(error instanceof Error) || !("code" in error) || error.code !== NO_SUCH_DATABASE) throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } catch (error) {
    // Another instance starting at the same moment may have created it first.
    if (!(error instanceof Error) || !("code" in error) || error.code !== "42P04") {
      throw new Error(
        `Database "${name}" does not exist and could not be created: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } finally {
    await admin.end();
  }
  return true;
}

export async function applyPgMigrations(connectionString: string, migrations: PgMigration[]): Promise<PgMigrateResult> {
  await ensurePgDatabase(connectionString);
  const client = new Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; resolve it (prisma migrate resolve) before deploying.`,
      );
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...applied.keys()].filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new Error(`The database has migrations this checkout does not: ${unknown.join(", ")}. Deploy a newer checkout.`);
    }
    const result: PgMigrateResult = { applied: [], alreadyApplied: 0 };
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
        }
        result.alreadyApplied += 1;
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}
