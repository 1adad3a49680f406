// Gives the unit tests a fresh SQLite file with the real Prisma migrations applied and the catalogue imported.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

export default function setup() {
  rmSync("test/.tmp", { recursive: true, force: true });
  mkdirSync("test/.tmp", { recursive: true });
  const env = { ...process.env, DATABASE_URL: "file:./test/.tmp/unit.db" };
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db-setup.ts"], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`db:setup failed for unit tests:\n${result.stdout}\n${result.stderr}`);
}
