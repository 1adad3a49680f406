import path from "node:path";
import { defineConfig } from "vitest/config";

// The unit tests' database, as test/databases.ts names it: testDatabaseUrl("unit"), in the run PACTDIFF_TEST_RUN
// names if any (scripts/catalogue-growth.test.ts runs tests beside the others, in a database of their own).
const run = process.env.PACTDIFF_TEST_RUN?.trim();
const postgres = process.env.PACTDIFF_TEST_POSTGRES_URL?.trim().replace(/\/+$/, "");
const unitDatabaseUrl = postgres
  ? `${postgres}/pactdiff_test_${run ? `${run}_` : ""}unit`
  : `file:./test/.tmp/${run ? `${run}/` : ""}unit.db`;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // 'server-only' throws outside the React server; unit tests import server modules directly.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    // SQLite by default; PostgreSQL when PACTDIFF_TEST_POSTGRES_URL is set (test/databases.ts).
    env: { DATABASE_URL: unitDatabaseUrl },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
