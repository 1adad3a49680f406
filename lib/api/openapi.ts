// The API's description for machines: an OpenAPI 3.1 document of every route under /api/v1 and of the oEmbed
// endpoint, served at /api/v1/openapi.json. Query parameters come from the site's one vocabulary
// (lib/domain/params.ts): each one's schema is its zod schema as JSON Schema (what a client sends) and its
// description the words its 400 uses, so the description and the routes cannot tell different stories. The
// bodies are in ./openapi-bodies.ts. Tests validate the document with an OpenAPI parser and call every path
// with its examples (lib/api/openapi.test.ts, e2e/api.spec.ts).
import { z } from "zod";
import { FEATURED } from "../catalogue/featured";
import { CITATION_FORMATS, CITATION_MEDIA } from "../cite/cite";
import { PROVISION_KEY } from "../compare/provision-state";
import { QUERY, queryName, type ParamName } from "../domain/params";
import { slugSchema } from "../domain/schema";
import { LICENCE, LICENCE_LINK_HEADER } from "../licence";
import { BODIES, ERROR_SCHEMA, type Schema } from "./openapi-bodies";

/** A zod schema as the JSON Schema of what a client sends: a query value is text, whatever it stands for. */
function jsonSchema(schema: z.ZodType): Schema {
  const converted: Schema = { ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) };
  delete converted.$schema; // the document's dialect is OpenAPI 3.1's (JSON Schema 2020-12)
  return converted;
}

const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;

type QueryOptions = { required?: boolean; example?: string; note?: string; values?: readonly string[] };

/** A query parameter of the vocabulary as OpenAPI has it: its name in the URL, what it may hold, in the 400's words. */
function query(term: ParamName, { required = false, example, note, values }: QueryOptions = {}): Schema {
  const says = values ? `one of ${values.join(", ")}` : QUERY[term].says;
  return {
    name: queryName(term),
    in: "query",
    required,
    description: sentence(note ? `${says}; ${note}` : says),
    schema: values ? { type: "string", enum: [...values] } : jsonSchema(QUERY[term].schema),
    ...(example === undefined ? {} : { example }),
  };
}

const pathParam = (name: string, description: string, schema: z.ZodType, example: string): Schema => ({
  name,
  in: "path",
  required: true,
  description,
  schema: jsonSchema(schema),
  example,
});

const V = query("v", { note: "absent: the latest. A pinned answer never changes (cached for good); a retired version is a 410" });
const DOWNLOAD = ["json", "csv"] as const;
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const headerRefs = (names: string[]) => Object.fromEntries(names.map((n) => [n, ref("headers", n)]));
const json = (schema: string) => ({ "application/json": { schema: ref("schemas", schema) } });
const CSV = { "text/csv": { schema: { type: "string", description: "RFC 4180, UTF-8 with a byte-order mark, a header row." } } };
const SHARED = ["ETag", "Cache-Control", "Link", "X-Dataset-Version"];

type Operation = {
  id: string;
  tag: string;
  summary: string;
  description?: string;
  parameters: Schema[];
  content: Schema;
  headers?: string[];
  errors?: string[];
};

/** A GET and its answers: 200 (and 304 for a known ETag where there is one), and errors in the API's one shape. */
function get(op: Operation): Schema {
  const errors = op.errors ?? ["BadRequest", "NotFound", "Gone", "Unavailable"];
  const statuses: Record<string, string> = { BadRequest: "400", NotFound: "404", Gone: "410", NotImplemented: "501", Unavailable: "503" };
  const headers = op.headers ?? SHARED;
  const responses: Schema = { "200": { description: "The answer.", headers: headerRefs(headers), content: op.content } };
  if (headers.includes("ETag")) responses["304"] = ref("responses", "NotModified");
  for (const e of errors) responses[statuses[e] ?? "500"] = ref("responses", e);
  const { id: operationId, tag, summary, description, parameters } = op;
  return { get: { operationId, tags: [tag], summary, ...(description ? { description } : {}), parameters, responses } };
}

const SLUG_WORDS = ["base", "second", "third", "fourth"] as const;
const COMPARED = [...FEATURED, "uk-china-2015", "russia-china-2015"];

/** The comparison of n agreements (2 to 4): one path a count, as an OpenAPI path parameter holds no slash. */
function comparePath(n: number): [string, Schema] {
  const names = SLUG_WORDS.slice(0, n);
  const slugs = names.map((name, i) =>
    pathParam(
      name,
      i === 0 ? "The base agreement's slug: the others are diffed against it." : "An agreement's slug.",
      slugSchema,
      COMPARED[i] ?? "",
    ),
  );
  const op = get({
    id: `compare${n}`,
    tag: "Comparisons",
    summary: `Compare ${n} agreements`,
    description: "The comparison as JSON, or the table of its view (clauses, scope or dates) as a CSV download (format=csv).",
    parameters: [...slugs, query("view"), query("diff"), V, query("format", { values: DOWNLOAD })],
    content: { ...json("Comparison"), ...CSV },
    headers: [...SHARED, "Content-Disposition"],
  });
  return [`/api/v1/compare/${names.map((name) => `{${name}}`).join("/")}`, op];
}

function paths(site: string): Schema {
  return {
    "/api/v1/agreements": get({
      id: "listAgreements",
      tag: "Agreements",
      summary: "The catalogue",
      parameters: [V],
      content: json("AgreementList"),
    }),
    "/api/v1/agreements/{slug}": get({
      id: "getAgreement",
      tag: "Agreements",
      summary: "One agreement",
      description: "A renamed agreement's former slug answers 301 to its slug now; a withdrawn one 410.",
      parameters: [pathParam("slug", "The agreement's slug.", slugSchema, FEATURED[0]), V],
      content: json("Agreement"),
    }),
    ...Object.fromEntries([2, 3, 4].map(comparePath)),
    "/api/v1/provisions/{key}": get({
      id: "getProvision",
      tag: "Provisions",
      summary: "Every wording of one provision",
      description: "A page of the wordings the filters keep, as JSON or CSV (format=csv); a page beyond the last is a 400 that names it.",
      parameters: [
        pathParam("key", "The provision's key.", PROVISION_KEY, "ip-theft"),
        ...(["ref", "against", "party", "year", "form"] as const).map((term) => query(term)),
        query("page", { note: "a page beyond the last is a 400 that names the last" }),
        V,
        query("format", { values: DOWNLOAD }),
      ],
      content: { ...json("Provision"), ...CSV },
      headers: [...SHARED, "Content-Disposition"],
    }),
    "/api/v1/versions": get({
      id: "listVersions",
      tag: "Versions",
      summary: "The catalogue's history",
      description: "Newest first, 50 a page; a page beyond the last is a 400 that names it.",
      parameters: [query("page", { note: "a page beyond the last is a 400 that names the last" })],
      content: json("Versions"),
      errors: ["BadRequest", "Unavailable"],
    }),
    "/api/v1/cite": get({
      id: "cite",
      tag: "Citations",
      summary: "The citation of a page",
      description: "Pinned to the dataset version the page names (or the current one), accessed today.",
      parameters: [
        query("citedPage", { required: true, example: `/agreements/${FEATURED[0]}` }),
        query("format", { values: CITATION_FORMATS, note: "absent: text" }),
      ],
      content: Object.fromEntries(
        CITATION_FORMATS.map((f): [string, Schema] => [
          CITATION_MEDIA[f].type.split(";")[0] ?? f,
          { schema: f === "csl-json" ? ref("schemas", "CslJson") : { type: "string" } },
        ]),
      ),
      headers: ["Cache-Control", "Link", "X-Dataset-Version", "Content-Disposition"],
    }),
    "/api/v1/openapi.json": get({
      id: "openapi",
      tag: "Description",
      summary: "This description",
      parameters: [],
      content: json("OpenApi"),
      headers: ["ETag", "Cache-Control"],
      errors: [],
    }),
    "/api/oembed": get({
      id: "oembed",
      tag: "Embeds",
      summary: "oEmbed for a comparison, provision or agreement address",
      description: "A size smaller than the embed can be laid out in is a 501, as oEmbed says.",
      parameters: [
        query("url", { required: true, example: `${site}/compare/${FEATURED.join("/")}` }),
        query("maxwidth"),
        query("maxheight"),
        query("format", { values: ["json"] }),
        query("pinned", { note: "0: html follows the catalogue instead of the dataset version" }),
      ],
      content: json("OEmbed"),
      headers: ["Cache-Control", "X-Dataset-Version"],
      errors: ["BadRequest", "NotFound", "NotImplemented", "Unavailable"],
    }),
  };
}

const error = (description: string) => ({ description, content: json("Error") });

function components(): Schema {
  const header = (description: string) => ({ description, schema: { type: "string" } });
  return {
    schemas: { ...BODIES, Error: ERROR_SCHEMA },
    headers: {
      ETag: header("A strong validator of the body: send it in If-None-Match to get a 304 while it holds."),
      "Cache-Control": header("Pinned answers (v=) are immutable for a year; live ones are shared for seconds."),
      Link: header(`The licence of the data: ${LICENCE_LINK_HEADER}.`),
      "X-Dataset-Version": header("The dataset version answered."),
      "Content-Disposition": header("The download's file name (format=csv, or a citation file)."),
    },
    responses: {
      NotModified: { description: "The body sent with this ETag still holds." },
      BadRequest: error("A parameter's value is not one it can take: the message says what it may be."),
      NotFound: error("No such agreement, provision, comparison or dataset version; or an address the API does not have."),
      Gone: error("A withdrawn agreement, or a retired dataset version."),
      NotImplemented: error("A format the endpoint does not write."),
      Unavailable: error("The catalogue database is unavailable: try again after Retry-After seconds."),
    },
  };
}

/** The OpenAPI document of the API as served from `site` (its origin, SITE_URL). */
export function openApiDocument(site: string): Schema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Pactdiff API",
      version: "1",
      summary: "Cyber agreements between states, compared clause by clause: read-only JSON and CSV.",
      description:
        "Every answer is pinned to a dataset version (v=): the same address with v= never changes. Errors are " +
        "{error: {code, message}}; a parameter this API does not read is ignored. CORS allows any origin.",
      license: { name: LICENCE.short, identifier: LICENCE.id },
    },
    servers: [{ url: site }],
    paths: paths(site),
    components: components(),
  };
}

/** The API's documented addresses, for an answer to one it does not have. */
export function apiPaths(): string[] {
  return Object.keys(paths(""));
}
