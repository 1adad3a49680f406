// The whole catalogue as a Frictionless Data Package, checked with the Frictionless project's own
// JavaScript libraries: `datapackage` for the descriptor, its resources and their foreign keys (from the
// unpacked files, from the .zip itself, and from the descriptor's own address over HTTP), `tableschema` for
// every row of every CSV against its schema. Every download has an ETag and answers 304. Runs on both
// databases (CI's two passes).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import datapackage from "datapackage";
import tableschema from "tableschema";
import { parse as parseYaml } from "yaml";
import { unzipSync, strFromU8 } from "fflate";
import { TABLE_NAMES } from "../lib/datapackage/table-names";

const TABLES = [...TABLE_NAMES];
const BOM = [0xef, 0xbb, 0xbf];

async function download(
  request: APIRequestContext,
  path: string,
): Promise<{ dir: string; files: Record<string, Uint8Array>; headers: Record<string, string>; body: Buffer }> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const body = await response.body();
  const files = unzipSync(new Uint8Array(body));
  const dir = mkdtempSync(join(tmpdir(), "pactdiff-datapackage-"));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith("/")) {
      mkdirSync(join(dir, name), { recursive: true }); // a folder's own entry
      continue;
    }
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return { dir, files, headers: response.headers(), body };
}

async function validate(dir: string): Promise<void> {
  const pkg = await datapackage.Package.load(join(dir, "datapackage.json"), { basePath: dir, strict: true });
  expect(pkg.errors.map(String)).toEqual([]);
  expect(pkg.valid).toBe(true);
  for (const resource of pkg.resources) {
    // Casts every value to its declared type and resolves every foreign key; throws on the first failure.
    await resource.read({ keyed: true, cast: true, relations: true });
  }
}

test("the latest data package validates: descriptor, every row against its schema, every foreign key", async ({ request }) => {
  const { dir, files, headers, body } = await download(request, "/data/latest.zip");
  try {
    expect(headers["content-type"]).toBe("application/zip");
    expect(headers["content-location"]).toMatch(/^\/data\/[0-9a-f]{12}\.zip$/);
    expect(headers["link"]).toContain('rel="license"');
    expect(Object.keys(files).sort()).toEqual(
      ["CITATION.cff", "LICENSE.md", "README.md", "datapackage.json", "data/", ...TABLES.map((t) => `data/${t}.csv`)].sort(),
    );
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as {
      resources: { name: string; path: string; schema: object }[];
      licenses: { name: string }[];
      version: string;
    };
    expect(descriptor.resources.map((r) => r.name)).toEqual(TABLES);
    expect(descriptor.licenses[0]?.name).toBe("CC-BY-4.0");
    expect(headers["x-dataset-version"]).toBe(descriptor.version);
    // Read as YAML: a version id such as 092843e11977 looks like a number and is (rightly) written quoted.
    expect((parseYaml(strFromU8(files["CITATION.cff"]!)) as { version: unknown }).version).toBe(descriptor.version);
    expect(strFromU8(files["README.md"]!)).toContain("CC BY 4.0");

    await validate(dir);
    for (const resource of descriptor.resources) {
      const schema = await Promise.resolve(tableschema.Schema.load(resource.schema, { strict: true }));
      expect(schema.valid).toBe(true);
      // The dialect the descriptor declares (tableschema would otherwise sniff it from the first lines).
      const table = await tableschema.Table.load(join(dir, resource.path), { schema: resource.schema, delimiter: ",", quote: '"' });
      // tableschema's own types say read() returns rows; it returns a promise of them.
      const rows = await Promise.resolve(table.read({ keyed: true, cast: true }));
      expect(table.headers).toEqual((resource.schema as { fields: { name: string }[] }).fields.map((f) => f.name));
      if (["agreements", "judgements", "readouts", "clauses", "texts", "sources"].includes(resource.name))
        expect(rows.length).toBeGreaterThan(0);
    }
    const textSchema = descriptor.resources.find((r) => r.name === "texts")!.schema;
    const textTable = await tableschema.Table.load(join(dir, "data/texts.csv"), { schema: textSchema, delimiter: ",", quote: '"' });
    const texts = await Promise.resolve(textTable.read({ keyed: true, cast: true }));
    expect(texts.some((t) => String(t.text).includes("knowingly support"))).toBe(true);
    expect(texts.every((t) => typeof t.is_translation === "boolean")).toBe(true);

    // The pinned copy is the same file, immutable, with the same ETag; both answer 304 to a client that holds it.
    const pinned = await request.get(headers["content-location"]!);
    expect(pinned.headers()["cache-control"]).toContain("immutable");
    expect(Buffer.compare(await pinned.body(), body)).toBe(0);
    expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
    expect(pinned.headers()["etag"]).toBe(headers["etag"]);
    for (const path of ["/data/latest.zip", headers["content-location"]!]) {
      const again = await request.get(path, { headers: { "if-none-match": headers["etag"]! } });
      expect(again.status(), path).toBe(304);
      expect(again.headers()["etag"], path).toBe(headers["etag"]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the Frictionless library opens the downloaded .zip itself; the package is plain UTF-8, its README written from its tables", async ({
  request,
}) => {
  const { dir, files, body } = await download(request, "/data/latest.zip");
  try {
    const zip = join(dir, "pactdiff-catalogue.zip");
    writeFileSync(zip, body);
    const pkg = await datapackage.Package.load(zip, { strict: true });
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual(TABLES);
    for (const resource of pkg.resources) await resource.read({ keyed: true, cast: true, relations: true });

    for (const [name, bytes] of Object.entries(files)) if (!name.endsWith("/")) expect([...bytes.subarray(0, 3)], name).not.toEqual(BOM);
    const readouts = (await pkg.resources.find((r) => r.name === "readouts")!.read()).length;
    expect(readouts).toBeGreaterThan(0);
    const readme = strFromU8(files["README.md"]!);
    expect(readme).toContain(`| \`data/readouts.csv\` | ${readouts} |`);
    expect(readme).toContain(`\`readouts.csv\` holds ${readouts} readouts`);
    expect(readme).toContain("## Opening the CSVs in a spreadsheet");
    // Ids count from 1, as the README says: the first clause of the first agreement is {slug}/1.
    const clause = strFromU8(files["data/clauses.csv"]!).split("\r\n")[1]!;
    expect(clause).toMatch(/^([a-z0-9-]+)\/1,\1,/);
    expect(readme).toContain("counts from 1");

    // A comparison downloaded for spreadsheets keeps its byte order mark.
    const comparison = await request.get("/api/v1/compare/canada-china-2017/us-china-2015?format=csv");
    expect([...(await comparison.body()).subarray(0, 3)]).toEqual(BOM);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the descriptor at its own address: the zip's bytes, with sources and contributors, its tables beside it, ETag and 304", async ({
  request,
  baseURL,
}) => {
  const { dir, files, headers } = await download(request, "/data/latest.zip");
  try {
    const version = headers["x-dataset-version"]!;
    const latest = await request.get("/data/latest/datapackage.json");
    expect(latest.status()).toBe(200);
    expect(latest.headers()["content-location"]).toBe(`/data/${version}/datapackage.json`);
    const pinned = await request.get(`/data/${version}/datapackage.json`);
    expect(pinned.headers()["cache-control"]).toContain("immutable");
    for (const answer of [latest, pinned]) {
      expect(Buffer.compare(await answer.body(), Buffer.from(files["datapackage.json"]!))).toBe(0);
      const etag = answer.headers()["etag"];
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect((await request.get(answer.url(), { headers: { "if-none-match": etag! } })).status()).toBe(304);
    }
    const descriptor = (await pinned.json()) as { sources: { title: string }[]; contributors: { title: string }[] };
    expect(descriptor.sources.length).toBeGreaterThan(0);
    expect(descriptor.contributors.length).toBeGreaterThan(0);
    const table = await request.get(`/data/${version}/data/readouts.csv`);
    expect(Buffer.compare(await table.body(), Buffer.from(files["data/readouts.csv"]!))).toBe(0);
    // A Frictionless tool given only the address reads every table beside it and checks every foreign key.
    const remote = await datapackage.Package.load(`${baseURL}/data/${version}/datapackage.json`);
    expect(remote.valid).toBe(true);
    for (const resource of remote.resources) await resource.read({ keyed: true, cast: true, relations: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the validation fails on a broken foreign key and on a type mismatch", async ({ request }) => {
  const { dir } = await download(request, "/data/latest.zip");
  try {
    const clauses = join(dir, "data/clauses.csv");
    const original = readFileSync(clauses, "utf8");
    writeFileSync(clauses, original.replace(/,ip-theft,/, ",no-such-provision,"));
    await expect(validate(dir)).rejects.toThrow(/foreign key/i);
    writeFileSync(clauses, original);
    await validate(dir);
    const agreements = join(dir, "data/agreements.csv");
    const lines = readFileSync(agreements, "utf8").split("\r\n");
    lines[1] = lines[1]!.replace(/,(\d+)\s*$/, ",not-a-number");
    writeFileSync(agreements, lines.join("\r\n"));
    await expect(validate(dir)).rejects.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bad data package addresses answer 404 with a message", async ({ request }) => {
  for (const path of [
    "/data/000000000000.zip",
    "/data/latest.tar.gz",
    "/data/..%2Fetc.zip",
    "/data/000000000000/datapackage.json",
    "/data/latest/data/nothing.csv",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
  const body = await (await request.get("/data/000000000000.zip")).json();
  expect(body.error.message).toContain("No dataset version");
});
