// The data package of the unit tests' catalogue, built as the server builds it: the Frictionless JavaScript
// library opens the zip itself (Package.load of the .zip), every row casts and every foreign key resolves;
// the zip is the same bytes on every build; its README is written from the tables it holds.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import datapackage from "datapackage";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import { buildDataPackage } from "./build";
import { catalogueTables } from "./tables";
import { TABLE_NAMES } from "./table-names";

const SITE = "https://pactdiff.example";
const BOM = [0xef, 0xbb, 0xbf];
let version: DatasetVersionInfo;
let zip: Uint8Array;
let files: Record<string, Uint8Array>;

const text = (name: string) => strFromU8(files[name]!);
const rows = (name: string) => Papa.parse<Record<string, string>>(text(`data/${name}.csv`), { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
  version = (await resolveVersion())!;
  zip = await buildDataPackage(version, SITE);
  files = unzipSync(zip);
});

describe("the data package zip", () => {
  it("is opened by the Frictionless library from the .zip itself, and every row and foreign key checks", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pactdiff-package-")), "package.zip");
    writeFileSync(file, zip);
    const pkg = await datapackage.Package.load(file, { strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual([...TABLE_NAMES]);
    for (const resource of pkg.resources) await resource.read({ keyed: true, cast: true, relations: true });
    const readouts = pkg.resources.find((r) => r.name === "readouts")!;
    expect(await readouts.read({ keyed: true })).toHaveLength(rows("readouts").length);
  });

  it("has an entry for its data/ folder before the files in it", () => {
    const names = Object.keys(files);
    expect(names).toContain("data/");
    expect(files["data/"]).toHaveLength(0);
    expect(names.indexOf("data/")).toBeLessThan(names.findIndex((n) => n.startsWith("data/") && n !== "data/"));
  });

  it("is the same bytes on every build of a version", async () => {
    expect(Buffer.compare(Buffer.from(await buildDataPackage(version, SITE)), Buffer.from(zip))).toBe(0);
  });

  it("writes every text file as plain UTF-8, without a byte order mark", () => {
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith("/")) continue;
      expect([...bytes.subarray(0, 3)], name).not.toEqual(BOM);
    }
    expect(text("data/agreements.csv").startsWith("slug,title,")).toBe(true);
  });

  it("lists the tables the build writes, in the order TABLE_NAMES gives them", async () => {
    expect((await catalogueTables(version.id)).map((t) => t.name)).toEqual([...TABLE_NAMES]);
  });
});

describe("the descriptor", () => {
  it("names the package's sources and contributors, by files the package holds", () => {
    const descriptor = JSON.parse(text("datapackage.json")) as {
      sources: { title: string; path: string }[];
      contributors: { title: string; role: string }[];
    };
    expect(descriptor.sources.length).toBeGreaterThan(0);
    for (const source of descriptor.sources) {
      expect(source.title).toMatch(new RegExp(`${rows("evidence").length} sources`));
      expect(Object.keys(files)).toContain(source.path);
    }
    expect(descriptor.contributors.map((c) => c.role)).toEqual(["author", "publisher"]);
  });
});

describe("ids and positions", () => {
  it("count from 1: an agreement's first clause is {slug}/1 at position 1, its first text {slug}/1/1", () => {
    const clauses = rows("clauses");
    const firsts = new Map<string, Record<string, string>>();
    for (const c of clauses) if (!firsts.has(c.agreement_slug!)) firsts.set(c.agreement_slug!, c);
    for (const [slug, first] of firsts) expect([first.id, first.position]).toEqual([`${slug}/1`, "1"]);
    for (const t of rows("texts")) expect(t.id).toBe(`${t.clause_id}/${t.position}`);
    for (const c of clauses) expect(c.id).toBe(`${c.agreement_slug}/${c.position}`);
    expect(Math.min(...rows("agreements").map((a) => Number(a.position)))).toBe(1);
    expect(Math.min(...rows("citations").map((c) => Number(c.position)))).toBe(1);
  });
});

describe("the README", () => {
  it("is written from the tables: row counts, the readouts it holds, an id read from the clauses", () => {
    const readme = text("README.md");
    for (const name of TABLE_NAMES) expect(readme).toContain(`| \`data/${name}.csv\` | ${rows(name).length} |`);
    const readouts = rows("readouts").length;
    const statements = rows("clauses").filter((c) => c.readout_id !== "").length;
    expect(readouts).toBeGreaterThan(0);
    expect(readme).toContain(`\`readouts.csv\` holds ${readouts} readouts`);
    expect(readme).toContain(`Their ${statements} statements are the rows of \`clauses.csv\` with a \`readout_id\``);
    expect(readme).not.toMatch(/readouts? (are|is) not included/i);
    const clause = rows("clauses").find((c) => c.readout_id === "")!;
    expect(readme).toContain(`\`${clause.id}\` is clause ${clause.position} of \`${clause.agreement_slug}\``);
    expect(readme).toContain("counts from 1");
  });

  it("says how to open the CSVs in a spreadsheet", () => {
    const readme = text("README.md");
    expect(readme).toContain("## Opening the CSVs in a spreadsheet");
    expect(readme).toMatch(/UTF-8 without a byte order mark/);
    for (const program of ["LibreOffice Calc", "Excel", "Google Sheets"]) expect(readme).toContain(program);
  });
});
