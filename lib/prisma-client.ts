// The one place a PrismaClient is constructed. The app goes through lib/db.ts (server-only, one cached
// instance); command-line scripts call createPrismaClient() directly because 'server-only' refuses to
// load outside the React server.
//
// Two generated clients share one model API: @prisma/client for SQLite (the embedded default) and
// @pactdiff/prisma-postgresql (node_modules) for PostgreSQL, generated from prisma/postgresql/schema.prisma, which is
// derived from the SQLite schema (scripts/pg-schema.ts). The app is typed against the SQLite client.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@pactdiff/prisma-postgresql";
import { databaseProvider, databaseUrl } from "./env";

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

export type { PrismaClient };
