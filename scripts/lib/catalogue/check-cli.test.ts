// `npm run db:check` as a curator runs it, on a copy of the real catalogue with one thing wrong: it exits 1
// and names the file, the line and the nearest passage. The real catalogue itself passes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function check(dir: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--check", "--dir", dir], {
    encoding: "utf8",
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function copyWith(file: string, change: (text: string) => string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "db-check-")), "catalogue");
  cpSync("prisma/catalogue", dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, "utf8");
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(target, after);
  return dir;
}

describe("npm run db:check", () => {
  it("passes the real catalogue", () => {
    const { code, out } = check("prisma/catalogue");
    expect(out).toMatch(/Catalogue valid: \d+ agreements/);
    expect(code).toBe(0);
  });

  it("fails on one character changed in a verbatim text, with file:line and the nearest passage", () => {
    const dir = copyWith("agreements/uk-china-2015.yaml", (t) =>
      t.replace("agree not to conduct or support cyber-enabled", "agree not to conduct or support cyber enabled"),
    );
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(
      /agreements\/uk-china-2015\.yaml:\d+: clauses\.\d+\.texts\.\d+\.text: verbatim text not found in a passage of defensedaily; nearest passage \(evidence\/uk-china-2015\.yaml:\d+, defensedaily-uk-china\)/,
    );
    expect(out).toContain('the text goes on " enabled theft');
  });

  it("fails on a title written beside the evidence, and on a source whose passages do not hold the text", () => {
    const titled = copyWith("agreements/uk-china-2015.yaml", (t) =>
      t.replace(/(\n {4}evidence: defensedaily-uk-china\n)/, "$1    title: A title nobody saw\n"),
    );
    const first = check(titled);
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/uk-china-2015\.yaml:\d+: sources\.defensedaily\.title: title is what the source shows/);
    const miscited = copyWith("agreements/uk-china-2015.yaml", (t) =>
      t.replace('cite: [{ source: defensedaily, pinpoint: "quoting the joint statement" }]', "cite: [guardian]"),
    );
    const second = check(miscited);
    expect(second.code).toBe(1);
    expect(second.out).toMatch(
      /verbatim text, but the sources it cites \(guardian\) have no passages in their evidence: record the passage it was quoted from/,
    );
  });
});
