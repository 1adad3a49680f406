// Runs on PostgreSQL only (PACTDIFF_TEST_POSTGRES_URL set, as in the second pass of .ci/run).
import { Client } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@prisma/client";
import { resetTestDatabase, testPostgresBase } from "@/test/databases";
import { createPrismaClient } from "@/lib/runtime/prisma-client";
import { importCatalogue } from "./catalogue/import";
import { loadCatalogue } from "./catalogue/load";
import { applyPgMigrations, readPgMigrations, type PgMigration } from "./pg-migrate";

const real = readPgMigrations("prisma/postgresql/migrations");
const clients: Client[] = [];

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

function migration(name: string, sql: string): PgMigration {
  return { name, sql, checksum: name.padEnd(64, "0").slice(0, 64) };
}

afterEach(async () => {
  // Before the next test drops the database under them.
  await Promise.all(clients.splice(0).map((c) => c.end()));
});

describe.runIf(testPostgresBase())("PostgreSQL migrations", () => {
  let url: string;
  beforeEach(async () => {
    url = await resetTestDatabase("migrate");
  });

  it("applies the real migrations once, in Prisma's bookkeeping table", async () => {
    expect(real.length).toBeGreaterThan(0);
    const first = await applyPgMigrations(url, real);
    expect(first.applied).toEqual(real.map((m) => m.name));
    const second = await applyPgMigrations(url, real);
    expect(second).toEqual({ applied: [], alreadyApplied: real.length });
    const client = await connect(url);
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(real.map((m) => m.name));
    expect(rows[0].checksum).toBe(real[0]!.checksum);
    expect(rows[0].finished_at).not.toBeNull();
  });

  it("creates every table and column the Prisma schema declares", async () => {
    await applyPgMigrations(url, real);
    const client = await connect(url);
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const columns = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
    const expected = Prisma.dmmf.datamodel.models.flatMap((model) =>
      model.fields.filter((f) => f.kind === "scalar").map((f) => `${model.dbName ?? model.name}.${f.dbName ?? f.name}`),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((c) => !columns.has(c))).toEqual([]);
  });

  it("applies nothing of a migration that fails half-way", async () => {
    const broken = migration("20990101000000_broken", `CREATE TABLE "Half" (id INT); SELECT 1 / 0;`);
    await expect(applyPgMigrations(url, [...real, broken])).rejects.toThrow(/20990101000000_broken failed and was rolled back/);
    const client = await connect(url);
    const { rows } = await client.query(`SELECT to_regclass('public."Half"') AS half, count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]).toEqual({ half: null, n: real.length });
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    await applyPgMigrations(url, real);
    const changed = real.map((m, i) => (i === 0 ? { ...m, checksum: "f".repeat(64) } : m));
    await expect(applyPgMigrations(url, changed)).rejects.toThrow(/was changed after it was applied/);
  });

  it("creates a database that does not exist yet, then migrates it", async () => {
    const name = `pactdiff_test_created_${process.pid}`;
    const admin = await connect(`${testPostgresBase()}/postgres`);
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    try {
      const result = await applyPgMigrations(`${testPostgresBase()}/${name}`, real);
      expect(result.applied).toEqual(real.map((m) => m.name));
      const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      expect(rows).toHaveLength(1);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it("migrates once when two instances start together", async () => {
    const results = await Promise.all([applyPgMigrations(url, real), applyPgMigrations(url, real)]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, real.length]);
  });

  it("turns a filled database's coded strings into enums in place, losing nothing", async () => {
    // A database as it stood before 20261129100000_coded_values: the catalogue imported, coded values as text.
    await applyPgMigrations(url, real);
    const prisma = createPrismaClient(url);
    try {
      await importCatalogue(prisma, await loadCatalogue("prisma/catalogue"));
      const before = await prisma.clauseText.findMany({ orderBy: { pk: "asc" }, select: { pk: true, form: true, confidence: true } });
      const client = await connect(url);
      const columns: [string, string][] = [
        ["Agreement", "status"],
        ["Agreement", "datePrecision"],
        ["Judgement", "basis"],
        ["Readout", "datePrecision"],
        ["ClauseText", "form"],
        ["ClauseText", "confidence"],
        ["ScopeReading", "basis"],
        ["ScopeReading", "confidence"],
        ["Event", "kind"],
        ["Event", "datePrecision"],
        ["Event", "confidence"],
      ];
      for (const [table, column] of columns) await client.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE text`);
      await client.query(`DROP TYPE "Precision", "Confidence", "TextForm", "Basis", "Status", "EventKind"`);
      await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '20261129100000_coded_values'`);

      expect((await applyPgMigrations(url, real)).applied).toEqual(["20261129100000_coded_values"]);
      const { rows } = await client.query<{ udt_name: string }>(
        `SELECT udt_name FROM information_schema.columns WHERE table_name = 'ClauseText' AND column_name = 'confidence'`,
      );
      expect(rows[0]?.udt_name).toBe("Confidence");
      await prisma.$disconnect();
      const after = await prisma.clauseText.findMany({ orderBy: { pk: "asc" }, select: { pk: true, form: true, confidence: true } });
      expect(after).toEqual(before);
      expect(after.length).toBeGreaterThan(20);
    } finally {
      await prisma.$disconnect();
    }
  });
});
