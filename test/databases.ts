// Where the tests keep their databases. By default throwaway SQLite files; with PACTDIFF_TEST_POSTGRES_URL
// set (a PostgreSQL server URL whose role may create databases, e.g. postgresql://pactdiff:pactdiff@127.0.0.1:5432)
// the same suites run on PostgreSQL, one throwaway database per name. `.ci/run` runs everything both ways.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";

export function testPostgresBase(): string | undefined {
  const base = process.env.PACTDIFF_TEST_POSTGRES_URL?.trim();
  if (!base) return undefined;
  const url = new URL(base);
  if (!/^postgres(ql)?:$/.test(url.protocol) || url.pathname.replace(/\//g, "") !== "") {
    throw new Error("PACTDIFF_TEST_POSTGRES_URL must be a postgresql:// server URL without a database name");
  }
  return base.replace(/\/+$/, "");
}

/** The URL of the test database called `name`, in `dir` for SQLite. Does not create it. */
export function testDatabaseUrl(name: string, dir = "test/.tmp"): string {
  const base = testPostgresBase();
  return base ? `${base}/pactdiff_test_${name}` : `file:./${dir}/${name}.db`;
}

/** Drops the test database `name` if it exists and creates it empty; returns its URL. */
export async function resetTestDatabase(name: string, dir = "test/.tmp"): Promise<string> {
  const url = testDatabaseUrl(name, dir);
  const base = testPostgresBase();
  if (!base) {
    mkdirSync(dir, { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(path.join(dir, `${name}.db${suffix}`), { force: true });
    return url;
  }
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const db = `pactdiff_test_${name}`;
    if (!/^[a-z0-9_]+$/.test(db)) throw new Error(`bad test database name: ${name}`);
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.end();
  }
  return url;
}
