// Adding an agreement does not break the tests (issue 27). A copy of the catalogue with one made-up agreement
// more (test/growth-fixture: a test fixture, not a real document) passes `npm run db:check`, and the tests that
// read the catalogue pass on it, in a vitest of their own: PACTDIFF_CATALOGUE_DIR names the copy, which
// test/global-setup.ts imports; PACTDIFF_TEST_RUN gives them a database of their own (test/databases.ts).
// Which tests: every lib/ and scripts/ test that imports test/real-catalogue.ts or whose header comment names
// "the real catalogue" (say so in the header of a new test that reads the unit-test database). A test that
// writes down the catalogue's count or its slugs fails here: take them from test/real-catalogue.ts, or from
// what the data itself says.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/runtime/prisma-client";
import { testDatabaseUrl } from "@/test/databases";
import { catalogueDir, catalogueSlugs } from "@/test/real-catalogue";

const FIXTURE = "test/growth-fixture";
const SLUG = "growth-fixture-2019";
const RUN = "growth";

/** The test files that read the real catalogue: they import test/real-catalogue.ts, or their header says so. */
function catalogueTests(): string[] {
  const files = ["lib", "scripts"].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".test.ts"))
      .map((f) => path.join(dir, f)),
  );
  const reads = (file: string) => {
    const text = readFileSync(file, "utf8");
    const header = (/^(?:\/\/.*\n)+/.exec(text)?.[0] ?? "").replace(/\n\/\/\s*/g, " ");
    return /real catalogue/.test(header) || text.includes('from "@/test/real-catalogue"');
  };
  return files.filter((f) => f !== path.join("scripts", "catalogue-growth.test.ts") && reads(f)).sort();
}

/** Runs vitest on `files` with the catalogue in `dir`; resolves with its exit code and output. */
function vitestOn(dir: string, files: string[]): Promise<{ code: number | null; out: string }> {
  // Not the outer run's own: its database, its worker's variables, its colours.
  const env: NodeJS.ProcessEnv = { ...process.env, PACTDIFF_CATALOGUE_DIR: dir, PACTDIFF_TEST_RUN: RUN, NO_COLOR: "1" };
  for (const k of Object.keys(env)) if (k.startsWith("VITEST") || k === "DATABASE_URL" || k === "FORCE_COLOR") delete env[k];
  const child = spawn(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...files], { env });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out })));
}

describe("a catalogue with one agreement more", () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "catalogue-growth-"));
  const dir = path.join(tmp, "catalogue");
  cpSync(catalogueDir(), dir, { recursive: true });
  cpSync(FIXTURE, dir, { recursive: true });
  const before = catalogueSlugs().length;
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("passes npm run db:check", () => {
    const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-catalogue.ts", "--check", "--dir", dir], {
      encoding: "utf8",
    });
    expect(check.stdout + check.stderr).toContain(`Catalogue valid: ${before + 1} agreements`);
    expect(check.status).toBe(0);
  });

  it("passes the tests that read the real catalogue", { timeout: 180_000 }, async () => {
    const files = catalogueTests();
    expect(files).toEqual(expect.arrayContaining(["lib/data/agreements.test.ts", "lib/feeds/feeds.test.ts", "lib/search/search.test.ts"]));
    const { code, out } = await vitestOn(dir, files);
    expect(code, out.slice(-6000)).toBe(0);
    // They read the copy: the fixture is in their database.
    vi.stubEnv("PACTDIFF_TEST_RUN", RUN);
    const prisma = createPrismaClient(testDatabaseUrl("unit"));
    vi.unstubAllEnvs();
    try {
      expect(await prisma.agreement.count({ where: { slug: SLUG } })).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });
});
