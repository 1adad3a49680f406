// npm run db:setup — creates the SQLite file if needed, applies the Prisma migrations, then imports the
// catalogue (a no-op when the files are unchanged). Safe to run on every start.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env, sqliteFilePath } from "../lib/env";

const file = sqliteFilePath(env().DATABASE_URL);
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(["scripts/prisma-offline.mjs", "migrate", "deploy"]);
run(["--import", "tsx", "scripts/import-catalogue.ts"]);
