// The API's OpenAPI description (./openapi.ts), read by an OpenAPI parser and held to the routes themselves on
// the unit-test database: every route file has a documented path and every path a route; each path answers
// its examples with the fields it documents; each query parameter it documents is read (a malformed value is a 4xx).
import { readdirSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { exampleCalls, fieldProblems, mediaOf, type ExampleCall } from "@/test/openapi-examples";
import { env } from "../runtime/env";
import { openApiDocument } from "./openapi";

const SITE = env().SITE_URL;
const doc = openApiDocument(SITE);
const calls = exampleCalls(doc);

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Response | Promise<Response>;
type Route = { file: string; segments: string[] };

/** Every route file under app/api but the catch-all for unknown addresses, as its path segments. */
function routeFiles(dir = path.join("app", "api")): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("[[") ? [] : routeFiles(at);
    return entry.name === "route.ts" ? [{ file: at, segments: path.dirname(at).split(path.sep).slice(1) }] : [];
  });
}

/** The params Next.js gives a route for a path's segments, or null when the route does not take the path. */
function match(route: Route, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (const [i, segment] of route.segments.entries()) {
    const part = parts[i];
    if (part === undefined) return null;
    const rest = /^\[\.\.\.(\w+)\]$/.exec(segment)?.[1];
    if (rest) return { ...params, [rest]: parts.slice(i) };
    const name = /^\[(\w+)\]$/.exec(segment)?.[1];
    if (name) params[name] = part;
    else if (segment !== part) return null;
  }
  return parts.length === route.segments.length ? params : null;
}

const routes = routeFiles();
const partsOf = (call: ExampleCall) => [
  ...call.template
    .replace(/\{\w+\}.*$/, "")
    .split("/")
    .filter(Boolean),
  ...call.pathValues,
];

function routeOf(call: ExampleCall): { route: Route; params: Record<string, string | string[]> } {
  for (const route of routes) {
    const params = match(route, partsOf(call));
    if (params) return { route, params };
  }
  throw new Error(`no route file takes ${call.template}`);
}

/** Calls the route handler of a documented path as Next.js would, with a query of our own. */
async function call(exampleCall: ExampleCall, query?: URLSearchParams): Promise<Response> {
  const { route, params } = routeOf(exampleCall);
  const { GET } = (await import(/* @vite-ignore */ path.resolve(route.file))) as { GET: Handler };
  const url = query ? `${exampleCall.url.split("?")[0]}?${query}` : exampleCall.url;
  return GET(new Request(`${SITE}${url}`), { params: Promise.resolve(params) });
}

describe("the OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document to a real parser, every reference resolved", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(api.paths ?? {}).sort()).toEqual(calls.map((c) => c.template).sort());
    // What the parser does not check in 3.1: each {name} of a path is declared, and nothing else is.
    for (const c of calls) {
      const declared = c.parameters.filter((p) => p.in === "path").map((p) => p.name);
      expect(declared, c.template).toEqual([...c.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    }
  });

  it("documents every route file under app/api, and no path without one", () => {
    const taken = calls.map((c) => routeOf(c).route.file);
    expect([...new Set(taken)].sort()).toEqual(routes.map((r) => r.file).sort());
    expect(calls.map((c) => c.template)).toEqual(expect.arrayContaining(["/api/v1/agreements", "/api/v1/openapi.json", "/api/oembed"]));
  });

  it("takes its query parameters' schemas from the vocabulary", () => {
    const page = calls.find((c) => c.template === "/api/v1/versions")?.parameters.find((p) => p.name === "page") as unknown as {
      schema: { type: string; pattern: string };
    };
    expect(page.schema).toMatchObject({ type: "string", pattern: "^[1-9]\\d{0,5}$" });
  });

  it.each(calls.map((c) => [c.template, c] as const))("%s answers its examples with the fields it documents", async (_, example) => {
    const response = await call(example);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(example.media).toContain(mediaOf(response.headers.get("content-type")));
    if (example.schema && mediaOf(response.headers.get("content-type")).endsWith("json")) {
      expect(fieldProblems(example.schema, await response.json())).toEqual([]);
    }
  });

  it("reads every query parameter it documents: a malformed value is a 4xx in the one error shape", async () => {
    const refused: string[] = [];
    for (const example of calls) {
      const required = new URLSearchParams(example.url.split("?")[1] ?? "");
      for (const parameter of example.parameters.filter((p) => p.in === "query")) {
        const query = new URLSearchParams(required);
        query.set(parameter.name, "<>");
        const response = await call(example, query);
        const body = (await response.json()) as { error?: { code: string } };
        if (response.status >= 400 && response.status < 500 && body.error?.code) refused.push(`${example.template} ${parameter.name}`);
        else refused.push(`${example.template} ${parameter.name}: ${response.status}`);
      }
    }
    expect(refused.filter((line) => line.includes(":"))).toEqual([]);
    expect(refused.length).toBeGreaterThan(20);
  });
});
