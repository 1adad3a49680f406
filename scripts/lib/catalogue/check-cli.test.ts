// `npm run db:check` as a curator runs it, on the fixture catalogue written as a folder with one thing wrong: a
// problem exits 1 naming the file and line; a warning is printed and exits 0, or 1 with --strict. The real
// catalogue itself passes --strict.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, files, writeCatalogue } from "@/test/catalogue-fixtures";
import { catalogueDir } from "@/test/real-catalogue";
import { freshDatabase } from "@/test/fresh-db";
import { importCatalogue } from "./import";
import { parseCatalogue } from "./load";

const F = "agreements/us-china-2015.yaml";

// No database beside it unless a test gives one: db:check then reports no impact (and creates no file).
function check(dir: string, ...flags: string[]) {
  return checkWith("file:./test/.tmp/no-such-database.db", dir, ...flags);
}

function checkWith(databaseUrl: string, dir: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--check", "--dir", dir, ...flags], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The fixture catalogue as a folder, its agreement file's text changed. */
function writeWith(change: (text: string) => string | Buffer): string {
  const dir = writeCatalogue(files(agreement()));
  const before = files(agreement())[1]!.text;
  const after = change(before);
  expect(after).not.toEqual(before);
  writeFileSync(path.join(dir, F), after);
  return dir;
}

describe("npm run db:check", () => {
  it("passes the real catalogue with --strict", () => {
    const { code, out } = check(catalogueDir(), "--strict");
    // Valid, no warning; suggestions (never required) may follow, each on a line of its own.
    expect(out).toMatch(
      /^Catalogue valid: \d+ agreements, content hash [0-9a-f]{12}\n(Suggestions \(from shared wording[^\n]*\n(  [^\n]+\n)+)?$/,
    );
    expect(code).toBe(0);
  });

  it("fails on one character changed in a verbatim text, with file:line and the nearest passage", () => {
    const { code, out } = check(writeWith((t) => t.replace("Neither government will conduct.", "Neither government will conduct!")));
    expect(code).toBe(1);
    expect(out).toContain(
      `${F}:27: clauses.0.texts.0.text: verbatim text not found in a passage of fs; nearest passage (evidence/examples.yaml:12, example-fact-sheet)`,
    );
  });

  it("prints a year-only date as a warning with file and line and exits 0; --strict refuses it", () => {
    const dir = writeWith((t) => t.replace("date: 2015-09-25\nsummary", "date: 2015\nsummary"));
    const warned = check(dir);
    expect(warned.code).toBe(0);
    expect(warned.out)
      .toContain(`1 warning(s) (db:check --strict refuses them; an agreement file acknowledges one it means with acknowledged: { <code>: <reason> }):
  ${path.join(dir, F)}:14: date: only the year is known ("2015"): readers will see "2015" and no interval in months; give the month or day if a source shows it [year-only-date]`);
    const strict = check(dir, "--strict");
    expect(strict.code).toBe(1);
    expect(strict.out).toContain("Catalogue is invalid; nothing was imported (1 problem(s); --strict refuses warnings):");
  });

  it("refuses a file saved as Windows-1252, naming the file and the line", () => {
    const { code, out } = check(writeWith((t) => Buffer.from(t.replace("title: A title", "title: Australia\u0096China"), "latin1")));
    expect(code).toBe(1);
    expect(out).toContain(
      `${F}:2: not UTF-8: the byte 0x96 at column 17 is not valid UTF-8 (the file was probably saved as Windows-1252): save it as UTF-8`,
    );
  });

  it("refuses a YAML alias bomb with the file's name and line, and no stack trace", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefghij"].entries())
      lines.push(`${name}: &${name} [${Array(10).fill(`*${"abcdefghij"[i]}`).join(", ")}]`);
    const { code, out } = check(writeWith(() => `${lines.join("\n")}\n`));
    expect(code).toBe(1);
    expect(out).toContain(`${F}:2: YAML not read: too many aliases (at most 100); write the values out`);
    expect(out).not.toMatch(/^\s+at /m);
  });

  it("reports the impact against the published version, and exits 1 when a published link would break", async () => {
    const { url, prisma } = await freshDatabase("check_cli");
    await importCatalogue(prisma, parseCatalogue(files(agreement())));
    await prisma.$disconnect();
    const renamed = { ...agreement("us-china-2015-cyber"), shortTitle: "US–China 2015 (renamed)" };
    const broken = checkWith(url, writeCatalogue(files(renamed)));
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("  Links that would break (refused: list them under formerSlugs or withdrawn):\n    us-china-2015");
    const kept = checkWith(url, writeCatalogue(files({ ...renamed, formerSlugs: ["us-china-2015"] })));
    expect(kept.code).toBe(0);
    expect(kept.out).toContain("  Renamed (old links answer 301):\n    us-china-2015 → us-china-2015-cyber");
    expect(existsSync("test/.tmp/no-such-database.db")).toBe(false);
  });
});
