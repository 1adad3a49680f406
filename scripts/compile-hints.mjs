// Explicit JavaScript compile hints (V8, Chrome 136 and later): a script whose first line is
// `//# allFunctionsCalledOnLoad` is compiled whole on the background thread that streams it from the
// network, instead of function by function on the main thread as each is first called. Every page here
// runs React and the router at load, so their compilation was the largest task on a page's main thread
// (about 55 ms on this machine, four times that on Lighthouse's throttled phone: most of its Total
// Blocking Time). Browsers without the feature read a comment.
//
// Only the chunks a page runs as it loads are hinted: the build manifest's root files and every route's
// entry files. A chunk loaded later (a dynamic import) or never (the nomodule polyfills) is left as it is,
// so no browser compiles code it does not run. The build writes the hint once; running this again
// changes nothing. Each file's name stays its build's content hash: the same build always serves the
// same bytes under it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

function* manifests(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* manifests(file);
    else if (entry.name.endsWith("_client-reference-manifest.js")) yield file;
  }
}

/** The JavaScript files (paths inside the build folder) that pages run as they load. */
export function entryChunks(distDir) {
  const build = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  const files = new Set(build.rootMainFiles ?? []);
  // A route's client reference manifest is a script that fills globalThis.__RSC_MANIFEST.
  for (const file of manifests(path.join(distDir, "server", "app"))) {
    const sandbox = {};
    vm.runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file, timeout: 5_000 });
    for (const route of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const list of Object.values(route?.entryJSFiles ?? {})) for (const f of list) files.add(f);
    }
  }
  const inside = (f) => !path.isAbsolute(f) && !path.normalize(f).startsWith("..");
  return [...files].filter((f) => typeof f === "string" && f.endsWith(".js") && inside(f)).sort();
}

/** Puts the hint at the top of every entry chunk that lacks it; returns the files it changed. */
export function addCompileHints(distDir) {
  const changed = [];
  for (const f of entryChunks(distDir)) {
    const file = path.join(distDir, f);
    const code = readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + code);
    changed.push(f);
  }
  return changed;
}
