// A fresh SQLite file with the project's real Prisma migrations applied, for tests that write.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createPrismaClient } from "@/lib/prisma-client";

export function freshDatabase(name: string) {
  mkdirSync("test/.tmp", { recursive: true });
  const file = `test/.tmp/${name}.db`;
  rmSync(file, { force: true });
  const url = `file:./${file}`;
  const result = spawnSync(process.execPath, ["scripts/prisma-offline.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  return { url, prisma: createPrismaClient(url) };
}
