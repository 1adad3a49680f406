// Prisma CLI configuration. The JavaScript schema engine on a driver adapter lets `generate`,
// `migrate diff` and `migrate deploy` run fully offline: no engine binary is downloaded.
// DATABASE_URL picks the database: a file: URL is the embedded SQLite default (prisma/schema.prisma,
// prisma/migrations); a postgresql:// URL uses the PostgreSQL twin (prisma/postgresql/).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl } from "./lib/runtime/env";

// The schema's datasource names DATABASE_URL; the validated default fills it in when it is unset.
process.env.DATABASE_URL = databaseUrl();
const postgres = databaseProvider() === "postgresql";
const dir = postgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  adapter() {
    return Promise.resolve(postgres ? new PrismaPg({ connectionString: databaseUrl() }) : new PrismaBetterSQLite3({ url: databaseUrl() }));
  },
});
