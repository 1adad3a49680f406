// The second half of `npm run build`: compiles the production server (server.ts) and the database setup
// (scripts/db-setup.ts) to JavaScript in the build folder, so production runs no TypeScript loader, then
// stamps the build with the hash of its sources (scripts/build-stamp.mjs).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { compiledDir, sourcesHash } from "./build-stamp.mjs";

const out = compiledDir();
await build({
  entryPoints: { server: "server.ts", "db-setup": "scripts/db-setup.ts" },
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
});
writeFileSync(path.join(out, "sources.sha256"), `${sourcesHash()}\n`);
console.log(`Compiled server.ts and scripts/db-setup.ts to ${out}/`);
