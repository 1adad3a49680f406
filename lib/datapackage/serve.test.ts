// The downloads under /data as their routes answer them: the zip, its descriptor and its CSVs at addresses of
// their own (the zip's own bytes), each with a strong ETag and a 304; unknown versions and files are 404s.
// Beside them, the comparison CSV of the API keeps the byte order mark spreadsheets need, which the package's
// files do not carry.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import datapackage from "datapackage";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as compareCsv } from "@/app/api/v1/compare/[...slugs]/route";
import { resolveVersion } from "../data/versions";
import { answerDescriptor, answerTable, answerZip } from "./serve";

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1${path}`, { headers });
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
let id: string;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  id = (await resolveVersion())!.id;
  files = unzipSync(await bytesOf(await answerZip(get(`/data/${id}.zip`), `${id}.zip`)));
});

/** A 200 with a strong ETag, and a 304 without a body when asked again with that ETag. */
async function revalidates(ask: (headers?: Record<string, string>) => Promise<Response>): Promise<Response> {
  const first = await ask();
  expect(first.status).toBe(200);
  const etag = first.headers.get("etag");
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await ask({ "if-none-match": etag! });
  expect(again.status).toBe(304);
  expect(again.headers.get("etag")).toBe(etag);
  expect((await bytesOf(again)).byteLength).toBe(0);
  expect((await ask({ "if-none-match": '"something-else"' })).status).toBe(200);
  return first;
}

describe("the data package zip", () => {
  it("has a strong ETag and a 304, the same for latest and the pinned version", async () => {
    const latest = await revalidates((h) => answerZip(get("/data/latest.zip", h), "latest.zip"));
    const pinned = await revalidates((h) => answerZip(get(`/data/${id}.zip`, h), `${id}.zip`));
    expect(latest.headers.get("content-location")).toBe(`/data/${id}.zip`);
    expect(pinned.headers.get("etag")).toBe(latest.headers.get("etag"));
    expect(pinned.headers.get("cache-control")).toContain("immutable");
    expect(latest.headers.get("cache-control")).not.toContain("immutable");
  });

  it("answers an unknown version or a bad name with a 404", async () => {
    expect((await answerZip(get("/data/000000000000.zip"), "000000000000.zip")).status).toBe(404);
    expect((await answerZip(get("/data/latest.tar.gz"), "latest.tar.gz")).status).toBe(404);
  });
});

describe("the descriptor at its own address", () => {
  it("is the zip's datapackage.json, byte for byte, with a strong ETag and a 304", async () => {
    const pinned = await revalidates((h) => answerDescriptor(get(`/data/${id}/datapackage.json`, h), id));
    expect(Buffer.compare(Buffer.from(await bytesOf(pinned)), Buffer.from(files["datapackage.json"]!))).toBe(0);
    expect(pinned.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(pinned.headers.get("cache-control")).toContain("immutable");
    const latest = await revalidates((h) => answerDescriptor(get("/data/latest/datapackage.json", h), "latest"));
    expect(latest.headers.get("content-location")).toBe(`/data/${id}/datapackage.json`);
    expect((JSON.parse(await latest.text()) as { version: string }).version).toBe(id);
  });

  it("answers an unknown version with a 404, as the zip does", async () => {
    const unknown = await answerDescriptor(get("/data/000000000000/datapackage.json"), "000000000000");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain("No dataset version");
    expect((await answerDescriptor(get("/data/latest.zip/datapackage.json"), "latest.zip")).status).toBe(404);
  });
});

describe("the tables beside the descriptor", () => {
  it("are the zip's CSVs, where the descriptor's relative paths point", async () => {
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as { resources: { path: string }[] };
    for (const { path } of descriptor.resources) {
      const file = path.replace(/^data\//, "");
      const response = await answerTable(get(`/data/${id}/${path}`), id, file);
      expect(response.status, path).toBe(200);
      expect(Buffer.compare(Buffer.from(await bytesOf(response)), Buffer.from(files[path]!)), path).toBe(0);
    }
    await revalidates((h) => answerTable(get("/data/latest/data/readouts.csv", h), "latest", "readouts.csv"));
  });

  it("are read by the Frictionless library from the descriptor's address alone, over HTTP", async () => {
    const server = createServer((req, res) => {
      const url = req.url ?? "/";
      const [, folder = "", file = ""] = /^\/data\/([^/]+)\/(.+)$/.exec(url) ?? [];
      const answer =
        file === "datapackage.json" ? answerDescriptor(get(url), folder) : answerTable(get(url), folder, file.replace(/^data\//, ""));
      void answer.then(async (r) => res.writeHead(r.status, Object.fromEntries(r.headers)).end(Buffer.from(await r.arrayBuffer())));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const pkg = await datapackage.Package.load(`http://127.0.0.1:${port}/data/latest/datapackage.json`);
      expect(pkg.valid).toBe(true);
      expect(pkg.resources).toHaveLength(Object.keys(files).filter((f) => f.endsWith(".csv")).length);
      for (const resource of pkg.resources) await resource.read({ keyed: true, cast: true, relations: true });
    } finally {
      server.close();
    }
  });

  it("answers a table the package does not have with a 404", async () => {
    for (const file of ["nothing.csv", "readouts.json", "..%2Freadouts.csv"])
      expect((await answerTable(get(`/data/${id}/data/${file}`), id, file)).status, file).toBe(404);
  });
});

describe("byte order marks", () => {
  it("are on the API's comparison CSV (for spreadsheets), never on the package's files", async () => {
    const slugs = ["us-china-2015", "canada-china-2017"];
    const csv = await compareCsv(get(`/api/v1/compare/${slugs.join("/")}?format=csv`), { params: Promise.resolve({ slugs }) });
    expect(csv.status).toBe(200);
    expect([...(await bytesOf(csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = await answerTable(get(`/data/${id}/data/clauses.csv`), id, "clauses.csv");
    expect(strFromU8((await bytesOf(table)).subarray(0, 3))).toBe("id,");
  });
});
