// The one place a PrismaClient is constructed. The app goes through lib/db.ts (server-only, one cached
// instance); command-line scripts call createPrismaClient() directly because 'server-only' refuses to
// load outside the React server.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "./env";

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type { PrismaClient };
