// What a build was made from: a hash of the files `next build` and scripts/compile.mjs read. `npm start`
// (scripts/start.mjs) builds again only when it differs from the one the last build wrote.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "scripts/lib",
  "scripts/db-setup.ts",
  "scripts/compile.mjs",
  "scripts/compile-hints.mjs",
  "server.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
];

function* files(entry) {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) return yield entry;
  for (const name of readdirSync(entry).sort()) {
    if (/\.test\.tsx?$/.test(name)) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourcesHash(root = process.cwd()) {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash
        .update(`${path.relative(root, file)}\0`)
        .update(readFileSync(file))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

/** Where a build keeps its compiled server, its database setup and its stamp. */
export function compiledDir(distDir = process.env.PACTDIFF_DIST_DIR || ".next") {
  return path.join(distDir, "pactdiff");
}
