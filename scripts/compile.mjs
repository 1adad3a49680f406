// The second half of `npm run build`: compiles the production server (server.ts) and the database setup
// (scripts/db-setup.ts) and the data package worker (lib/datapackage/worker.ts) to JavaScript in the build
// folder, so production runs no TypeScript loader, then stamps the build with the hash of its sources (scripts/build-stamp.mjs)
// and marks the client chunks every page runs at load for eager compilation (scripts/compile-hints.mjs).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { compiledDir, sourcesHash } from "./build-stamp.mjs";
import { addCompileHints } from "./compile-hints.mjs";

const out = compiledDir();
// `server-only` guards modules against a client bundle; outside Next.js (the worker) it has nothing to guard.
const serverOnly = {
  name: "server-only",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};
await build({
  entryPoints: { server: "server.ts", "db-setup": "scripts/db-setup.ts", "datapackage-worker": "lib/datapackage/worker.ts" },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Dependencies load from node_modules as they are; only the project's own TypeScript is compiled.
  packages: "external",
  tsconfig: "tsconfig.json",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [serverOnly],
});
writeFileSync(path.join(out, "sources.sha256"), `${sourcesHash()}\n`);
// The build folder is the one the compiled server went into (compiledDir() is <dist>/pactdiff).
const hinted = addCompileHints(path.dirname(out));
console.log(`Compile hints: ${hinted.length} entry chunk(s) marked for eager compilation`);
console.log(`Compiled server.ts, scripts/db-setup.ts and the data package worker to ${out}/`);
