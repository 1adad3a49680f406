import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { exampleCalls, fieldProblems, mediaOf } from "../test/openapi-examples";
import { catalogueSlugs } from "../test/real-catalogue";
import { startHostPage } from "./host-page";

const FEATURED = "canada-china-2017/us-china-2015";

test("the catalogue API lists agreements with CORS, ETag and Cache-Control", async ({ request }) => {
  const response = await request.get("/api/v1/agreements");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cache-control"]).toContain("max-age=");
  expect(headers["etag"]).toMatch(/^".+"$/);
  const body = await response.json();
  expect(body.dataset_version).toMatch(/^[0-9a-f]{12}$/);
  expect(headers["x-dataset-version"]).toBe(body.dataset_version);
  expect(body.agreements.map((a: { slug: string }) => a.slug).sort()).toEqual(catalogueSlugs());
  expect((await request.get("/api/v1/agreements", { headers: { "if-none-match": headers["etag"]! } })).status()).toBe(304);

  const pinned = await request.get(`/api/v1/agreements?v=${body.dataset_version}`);
  expect(pinned.headers()["cache-control"]).toContain("immutable");
});

test("an agreement and a comparison as JSON; preflight for CORS", async ({ request }) => {
  const agreement = await (await request.get("/api/v1/agreements/us-china-2015")).json();
  expect(agreement.agreement.clauses.find((c: { provision: { key: string } }) => c.provision.key === "ip-theft").texts[0].text).toContain(
    "knowingly support",
  );
  const comparison = await (await request.get(`/api/v1/compare/${FEATURED}`)).json();
  expect(comparison.summary.intervals).toEqual(["Canada–China 2017 came 21 months after US–China 2015."]);
  expect(comparison.rows.find((r: { provision: { key: string } }) => r.provision.key === "ip-theft").status.kind).toBe("reworded");
  const preflight = await request.fetch(`/api/v1/compare/${FEATURED}`, { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
});

test("the CSV download parses back to the JSON's table", async ({ request }) => {
  const csvResponse = await request.get(`/api/v1/compare/${FEATURED}?format=csv`);
  expect(csvResponse.headers()["content-type"]).toContain("text/csv");
  expect(csvResponse.headers()["content-disposition"]).toMatch(
    /attachment; filename="pactdiff-canada-china-2017-vs-us-china-2015-[0-9a-f]{12}\.csv"/,
  );
  const bytes = await csvResponse.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  expect(text).toContain("\r\n");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const json = await (await request.get(`/api/v1/compare/${FEATURED}`)).json();
  expect(parsed.data).toEqual(json.table);
  expect(json.view).toBe("clauses");
  expect(csvResponse.headers()["link"]).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  expect(parsed.data).toHaveLength(json.rows.length * 2);
  const chinese = parsed.data.find((r) => r.provision_key === "norms" && r.agreement_slug === "us-china-2015");
  expect(chinese?.clause_text).toContain("中美双方承诺");
});

test("the CSV and JSON follow the view: scope readings and dated events, with provenance", async ({ request }) => {
  for (const [view, key, expected] of [
    ["scope", "category_key", { category_key: "intelligence-gathering", agreement_slug: "us-china-2015" }],
    ["dates", "date", { agreement_slug: "us-china-2015", date: "2015-09-25", precision: "day" }],
  ] as const) {
    const csv = await request.get(`/api/v1/compare/${FEATURED}?view=${view}&format=csv`);
    expect(csv.headers()["content-disposition"]).toMatch(
      new RegExp(`filename="pactdiff-canada-china-2017-vs-us-china-2015-${view}-[0-9a-f]{12}\\.csv"`),
    );
    const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toContain(key);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(["source_kinds", "source_urls", "dataset_version", "attribution"]));
    expect(parsed.data).toContainEqual(expect.objectContaining(expected));
    const json = await (await request.get(`/api/v1/compare/${FEATURED}?view=${view}`)).json();
    expect(json.view).toBe(view);
    expect(parsed.data).toEqual(json.table);
  }
  const clauses = Papa.parse<Record<string, string>>(
    (await (await request.get(`/api/v1/compare/${FEATURED}?format=csv`)).text()).replace(/^\uFEFF/, ""),
    { header: true },
  );
  const ip = clauses.data.find((r) => r.provision_key === "ip-theft" && r.agreement_slug === "us-china-2015");
  expect(ip?.words_deleted).toBeTruthy();
  expect(ip?.confidence).toMatch(/high|medium|low|unconfirmed/);
  expect(ip?.attribution).toContain("CC BY 4.0");
});

test.describe("errors use one model", () => {
  const cases: [string, number, string][] = [
    ["/api/v1/agreements/nope-2015", 404, "not_found"],
    ["/api/v1/agreements/%3Cscript%3E", 404, "not_found"],
    ["/api/v1/agreements?v=000000000000", 404, "not_found"],
    ["/api/v1/compare/us-china-2015/us-china-2015", 400, "bad_request"],
    ["/api/v1/compare/us-china-2015/nope-2015", 404, "not_found"],
    [`/api/v1/compare/${FEATURED}?format=xml`, 400, "bad_request"],
  ];
  for (const [path, status, code] of cases) {
    test(`${path} → ${status}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(body).toEqual({ error: { code, message: expect.any(String) } });
      expect(JSON.stringify(body)).not.toContain("<script>");
    });
  }
});

test("every GET the OpenAPI description documents answers its example with the fields it documents", async ({ request }) => {
  const described = await request.get("/api/v1/openapi.json");
  expect(described.status()).toBe(200);
  expect(described.headers()["access-control-allow-origin"]).toBe("*");
  const calls = exampleCalls(await described.json());
  expect(calls.map((c) => c.template)).toEqual(expect.arrayContaining(["/api/v1/agreements/{slug}", "/api/v1/provisions/{key}"]));
  for (const call of calls) {
    const response = await request.get(call.url);
    expect(response.status(), call.url).toBe(200);
    const media = mediaOf(response.headers()["content-type"]);
    expect(call.media, call.url).toContain(media);
    if (call.schema && media.endsWith("json")) expect(fieldProblems(call.schema, await response.json()), call.url).toEqual([]);
  }
});

test.describe("an address the API does not have is its JSON 404, not a page", () => {
  for (const path of ["/api/v1/nope", "/api/v1/agreements/us-china-2015/clauses", "/api/v1/compare", "/api/v1", "/api/v2/agreements"]) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("/api/v1/openapi.json") } });
    });
  }
});

test("a page beyond the last is a 400 that names the last; a view the comparison has not, a 400", async ({ request }) => {
  const { pages } = (await (await request.get("/api/v1/provisions/ip-theft")).json()) as { pages: number };
  const beyond = await request.get(`/api/v1/provisions/ip-theft?page=${pages + 1}&format=csv`);
  expect(beyond.status()).toBe(400);
  expect(((await beyond.json()) as { error: { message: string } }).error.message).toMatch(/beyond the last page/);
  expect((await request.get("/api/v1/versions?page=999")).status()).toBe(400);
  // A view the comparison has not: a JSON error that names the views it has (a status alone passed before).
  const bogus = await request.get(`/api/v1/compare/${FEATURED}?view=bogus&format=csv`);
  expect(bogus.status()).toBe(400);
  expect(bogus.headers()["content-type"]).toContain("application/json");
  expect(await bogus.json()).toEqual({
    error: { code: "bad_request", message: 'view= must be one of clauses, scope, dates; "bogus" is not.' },
  });
});

test("a page on another origin reads a download's file name, licence link and version", async ({ page, baseURL }) => {
  const host = await startHostPage(() => "");
  try {
    await page.goto(host.url);
    const read = await page.evaluate(async (address) => {
      const response = await fetch(address);
      return ["content-disposition", "link", "x-dataset-version"].map((name) => response.headers.get(name));
    }, `${baseURL}/api/v1/compare/${FEATURED}?format=csv`);
    expect(read[0]).toMatch(/^attachment; filename="pactdiff-.+\.csv"$/);
    expect(read[1]).toContain('rel="license"');
    expect(read[2]).toMatch(/^[0-9a-f]{12}$/);
  } finally {
    await host.close();
  }
});
