// npm run db:setup — creates the SQLite file if needed (embedded default), applies the Prisma migrations
// of the database DATABASE_URL names (SQLite or PostgreSQL), then imports the catalogue (a no-op when the
// files are unchanged). Safe to run on every start, and on every instance of a scale-out. `npm start` runs it
// compiled (scripts/compile.mjs), from the build folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider, env, sqliteFilePath } from "../lib/runtime/env";
import { applyPgMigrations, readPgMigrations } from "./lib/pg-migrate";
import { runImport } from "./lib/run-import";

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  // The PostgreSQL client is generated into node_modules/@pactdiff/prisma-postgresql by postinstall; npm
  // prunes it as extraneous when a package is added with `npm install <name>`. Put it back when it is gone.
  if (!existsSync("node_modules/@pactdiff/prisma-postgresql/index.js")) {
    run(["scripts/prisma-offline.mjs", "generate", "--schema", "prisma/postgresql/schema.prisma"]);
  }
  const url = env().DATABASE_URL;
  if (databaseProvider(url) === "sqlite") {
    mkdirSync(path.dirname(path.resolve(sqliteFilePath(url))), { recursive: true });
    run(["scripts/prisma-offline.mjs", "migrate", "deploy"]);
  } else {
    const migrations = readPgMigrations(path.join("prisma", "postgresql", "migrations"));
    const result = await applyPgMigrations(url, migrations);
    console.log(
      result.applied.length > 0
        ? `PostgreSQL: applied ${result.applied.join(", ")}`
        : `PostgreSQL: all ${result.alreadyApplied} migrations already applied`,
    );
  }
  const code = await runImport({ dir: path.join("prisma", "catalogue"), check: false });
  if (code !== 0) process.exit(code);
}

main().catch((error: unknown) => {
  console.error(`db:setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
