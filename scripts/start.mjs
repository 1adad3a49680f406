// npm start: builds when the sources changed since the last build (or there is none), creates or migrates
// the database and imports the catalogue (compiled scripts/db-setup.ts), then serves (compiled server.ts).
// Production runs JavaScript only: the TypeScript was compiled by `npm run build` (scripts/compile.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { compiledDir, sourcesHash } from "./build-stamp.mjs";

const dir = compiledDir();
const stamp = path.join(dir, "sources.sha256");

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : null;
if (built !== sourcesHash()) {
  console.log(built === null ? "No build yet: building (a minute or two)…" : "The sources changed since the last build: building again…");
  run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build"]);
}
run(process.execPath, ["--enable-source-maps", path.join(dir, "db-setup.cjs")]);
process.setSourceMapsEnabled(true);
createRequire(import.meta.url)(path.resolve(dir, "server.cjs"));
