// The README and docs/ keep fitting and keep telling the truth about the commands and files they name.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const docs = [
  "README.md",
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join("docs", f)),
];
const scripts = Object.keys((JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts);

describe("the docs", () => {
  it("keep the README short enough to read in two minutes", () => {
    expect(readFileSync("README.md", "utf8").split("\n").length).toBeLessThanOrEqual(120);
  });

  it("link only to files that exist", () => {
    const broken = docs.flatMap((doc) =>
      [...readFileSync(doc, "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((m) => m[1] ?? "")
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(path.join(path.dirname(doc), target)))
        .map((target) => `${doc} → ${target}`),
    );
    expect(docs.length).toBeGreaterThanOrEqual(7);
    expect(broken).toEqual([]);
  });

  it("name only npm scripts that exist", () => {
    const named = docs.flatMap((doc) =>
      [...readFileSync(doc, "utf8").matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => ({ doc, name: m[1] ?? "" })),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((n) => !scripts.includes(n.name))).toEqual([]);
  });

  it("name only source files that exist", () => {
    const named = docs.flatMap((doc) =>
      [
        ...readFileSync(doc, "utf8").matchAll(
          /`((?:lib|scripts|app|components|e2e|prisma|deploy|test)\/[\w./[\]-]+\.(?:ts|tsx|mjs|sh|prisma|conf|css|yaml))`/g,
        ),
      ]
        .map((m) => ({ doc, file: m[1] ?? "" }))
        .filter(({ file }) => !file.includes("{")),
    );
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter(({ file }) => !existsSync(file)).map(({ doc, file }) => `${doc}: ${file}`)).toEqual([]);
  });

  it("map every folder and loose module of lib/ in architecture.md's code map, with at most six modules loose", () => {
    const text = readFileSync("docs/architecture.md", "utf8");
    const map = text.slice(text.indexOf("## Where things are"), text.indexOf("\n## ", text.indexOf("## Where things are") + 5));
    const rows = map.split("\n").filter((line) => line.startsWith("| `"));
    const named = rows.flatMap((row) => [...(row.split(" | ")[0] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""));
    const entries = readdirSync("lib", { withFileTypes: true });
    const folders = entries.filter((e) => e.isDirectory()).map((e) => `lib/${e.name}/`);
    const loose = entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test.")).map((e) => `lib/${e.name}`);
    expect(folders.length).toBeGreaterThan(8);
    expect(loose.length).toBeLessThanOrEqual(6);
    const unmapped = [...folders, ...loose].filter((p) => !named.some((n) => n === p || n.startsWith(p)));
    expect(unmapped).toEqual([]);
    const gone = named.filter((n) => n.startsWith("lib/") && !existsSync(n.replace(/\/$/, "")));
    expect(gone).toEqual([]);
  });
});
