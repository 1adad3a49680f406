// Where the tests keep their databases. By default throwaway SQLite files; with PACTDIFF_TEST_POSTGRES_URL
// set (a PostgreSQL server URL whose role may create databases, e.g. postgresql://pactdiff:pactdiff@127.0.0.1:5432)
// the same suites run on PostgreSQL, one throwaway database per name. `.ci/run` runs everything both ways.
// A second run beside the first (scripts/catalogue-growth.test.ts runs tests inside the tests) names itself in
// PACTDIFF_TEST_RUN: its files go in test/.tmp/NAME and its PostgreSQL databases are pactdiff_test_NAME_*.
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

function testRun(): string {
  const run = process.env.PACTDIFF_TEST_RUN?.trim() ?? "";
  if (!/^[a-z0-9_]*$/.test(run)) throw new Error("PACTDIFF_TEST_RUN must be lower-case letters, digits and _");
  return run;
}

/** The unit tests' folder of throwaway files: test/.tmp, or test/.tmp/NAME for the run PACTDIFF_TEST_RUN names. */
export function testTmpDir(): string {
  const run = testRun();
  return run ? `test/.tmp/${run}` : "test/.tmp";
}

/** The URL of the test database called `name`, in `dir` for SQLite. Does not create it. */
export function testDatabaseUrl(name: string, dir = testTmpDir()): string {
  const base = testPostgresBase();
  const run = testRun();
  return base ? `${base}/pactdiff_test_${run ? `${run}_` : ""}${name}` : `file:./${dir}/${name}.db`;
}

/** Drops the test database `name` if it exists and creates it empty; returns its URL. */
export async function resetTestDatabase(name: string, dir = testTmpDir()): Promise<string> {
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
    const db = new URL(url).pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(db)) throw new Error(`bad test database name: ${name}`);
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db}`);
  } finally {
    await admin.end();
  }
  return url;
}
