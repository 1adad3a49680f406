import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, entryChunks } from "./compile-hints.mjs";

// A build folder as `next build` leaves it: the root files in the build manifest, a route's entry files in
// its client reference manifest, a chunk only a dynamic import loads, and the nomodule polyfills.
let dist: string;
const chunk = (name: string) => path.join(dist, "static", "chunks", name);
const code = (name: string) => `(globalThis.TURBOPACK||[]).push(["${name}"]);\n`;

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), "pactdiff-hints-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  for (const name of ["root.js", "page.js", "lazy.js", "polyfills.js"]) writeFileSync(chunk(name), code(name));
  writeFileSync(chunk("page.css"), "body{}");
  writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ polyfillFiles: ["static/chunks/polyfills.js"], rootMainFiles: ["static/chunks/root.js"] }),
  );
  const route = path.join(dist, "server", "app", "(site)", "compare");
  mkdirSync(route, { recursive: true });
  const manifest = {
    clientModules: { "[project]/components/lazy.tsx": { chunks: ["/_next/static/chunks/lazy.js"], async: true } },
    entryJSFiles: { "[project]/app/(site)/compare/page": ["static/chunks/page.js", "static/chunks/page.css", "../../etc/passwd.js"] },
  };
  writeFileSync(
    path.join(route, "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(site)/compare/page"] = ${JSON.stringify(manifest)};\n`,
  );
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("compile hints", () => {
  it("names the chunks pages run at load: the root files and every route's entry scripts, nothing outside the build", () => {
    expect(entryChunks(dist)).toEqual(["static/chunks/page.js", "static/chunks/root.js"]);
  });

  it("puts the hint on the first line of those chunks only, once", () => {
    expect(addCompileHints(dist)).toEqual(["static/chunks/page.js", "static/chunks/root.js"]);
    expect(readFileSync(chunk("root.js"), "utf8")).toBe(`//# allFunctionsCalledOnLoad\n${code("root.js")}`);
    expect(readFileSync(chunk("page.js"), "utf8")).toBe(COMPILE_HINT + code("page.js"));
    // A chunk loaded later, or never (nomodule), is not compiled ahead of need.
    expect(readFileSync(chunk("lazy.js"), "utf8")).toBe(code("lazy.js"));
    expect(readFileSync(chunk("polyfills.js"), "utf8")).toBe(code("polyfills.js"));
    expect(readFileSync(chunk("page.css"), "utf8")).toBe("body{}");
    // Building again (or recompiling the server alone) changes nothing.
    expect(addCompileHints(dist)).toEqual([]);
    expect(readFileSync(chunk("root.js"), "utf8")).toBe(COMPILE_HINT + code("root.js"));
  });
});
