// Prisma CLI configuration. The JavaScript schema engine on a driver adapter lets `generate`,
// `migrate diff` and `migrate deploy` run fully offline: no engine binary is downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/env";

// The schema's datasource names DATABASE_URL; the validated default fills it in when it is unset.
process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
