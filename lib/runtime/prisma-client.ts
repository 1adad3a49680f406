// The one place a PrismaClient is constructed, and the one client a server process shares.
//
// server.ts (compiled by scripts/compile.mjs) and the Next.js bundle each load their own copy of this module, so the shared
// client is a process singleton (lib/runtime/process-state.ts): the front's version poll and every page and
// route use the same client and pool. Command-line scripts create their own with createPrismaClient().
//
// Two generated clients share one model API: @prisma/client for SQLite (the embedded default) and
// @pactdiff/prisma-postgresql (node_modules) for PostgreSQL, generated from prisma/postgresql/schema.prisma, which is
// derived from the SQLite schema (scripts/pg-schema.ts). The app is typed against the SQLite client.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@pactdiff/prisma-postgresql";
import { databaseProvider, databaseUrl } from "./env";
import { processSingleton } from "./process-state";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    // A bounded pool with short timeouts: a database that is down fails a query fast (the API answers 503)
    // instead of holding requests open.
    const adapter = new PrismaPg({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

/** The server process's client: created on first use, kept until the process ends. */
type SharedPrisma = { client?: PrismaClient };
const shared = () => processSingleton<SharedPrisma>("prisma", () => ({}));

/** The server process's one client (created on first use). */
export function sharedPrismaClient(): PrismaClient {
  return (shared().client ??= createPrismaClient());
}

/**
 * Drops the shared client's connections; the next query opens new ones. After a SQLite file was
 * replaced or restored, the open connection keeps reading the old file (or its cached schema) until then;
 * a PostgreSQL pool recovers by itself, and this only hurries it.
 */
export async function reconnectSharedPrismaClient(): Promise<void> {
  await shared()
    .client?.$disconnect()
    .catch(() => undefined);
}

export type { PrismaClient };
