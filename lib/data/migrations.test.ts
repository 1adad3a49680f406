// The start's migration check against real databases: one migrated by the project's own mechanism, the same
// with its last migration unrecorded, one never set up, and one that cannot be reached.
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/runtime/prisma-client";
import { freshDatabase } from "@/test/fresh-db";
import { resetTestDatabase } from "@/test/databases";
import { checkMigrations, migrationsDir, shippedMigrations } from "./migrations";

let migrated: { url: string; prisma: PrismaClient };
let shipped: string[];

beforeAll(async () => {
  migrated = await freshDatabase("migration_check");
  shipped = shippedMigrations(migrationsDir(migrated.url));
});
afterAll(async () => {
  await migrated?.prisma.$disconnect();
});

describe("checkMigrations", () => {
  it("passes a database with every migration of its folder", async () => {
    expect(shipped.length).toBeGreaterThan(1);
    expect(await checkMigrations(migrated.prisma, migrated.url)).toEqual({ ok: true });
  });

  it("names the migration a database lacks, and what to run", async () => {
    const last = shipped.at(-1)!;
    await migrated.prisma.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = '${last}'`);
    const check = await checkMigrations(migrated.prisma, migrated.url);
    expect(check).toMatchObject({ ok: false, missing: [last] });
    const at = migrated.url.startsWith("file:") ? migrated.url : migrated.url.replace(/^.*@/, "");
    expect(check.ok === false && check.message).toBe(`The database at ${at} lacks migration ${last}: run npm run db:setup`);
  });

  it("names the first migration when the database was never set up", async () => {
    const url = await resetTestDatabase("migration_check_empty");
    if (url.startsWith("file:")) writeFileSync(url.replace(/^file:/, ""), "");
    const prisma = createPrismaClient(url);
    try {
      const check = await checkMigrations(prisma, url);
      expect(check).toMatchObject({ ok: false, missing: shipped });
      expect(check.ok === false && check.message).toContain(`lacks migration ${shipped[0]} (and ${shipped.length - 1} more: `);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("leaves a database that cannot be reached to the outage handling", async () => {
    const url = migrated.url.startsWith("file:")
      ? "file:/nonexistent-pactdiff-folder/pactdiff.db"
      : "postgresql://pactdiff:pactdiff@127.0.0.1:1/pactdiff";
    const prisma = createPrismaClient(url);
    try {
      expect(await checkMigrations(prisma, url, migrationsDir(migrated.url))).toMatchObject({ ok: "unknown" });
    } finally {
      await prisma.$disconnect();
    }
  });
});
