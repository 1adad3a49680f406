// The site's routes as a table: for each page and preview image, the query parameters it takes (read by the one
// vocabulary, lib/domain/params.ts: malformed is 400, a version that is not one 404) and what must exist for it
// to render (checked against the version's catalogue: 404 with suggestions), decided before anything renders or
// is cached. Comparisons are rewritten to /compare-view/*, pinned agreements to /agreement-version/* (internal).
import { NextResponse, type NextRequest } from "next/server";
import { CATALOGUE_QUERY } from "./lib/catalogue/filters";
import { INVALID_TITLE, internalComparePath, parseCompareState } from "./lib/compare/state";
import { PROVISION_KEY } from "./lib/compare/provision-state";
import { catalogueIndex, provisionIndex, readoutIndex } from "./lib/data/catalogue-index";
import { evidenceIndex } from "./lib/data/sources";
import { allValues, readQuery, type ParamName, type ParamValues } from "./lib/domain/params";
import { keySchema, slugSchema } from "./lib/domain/schema";
import { htmlAnswer, indexOf, plainAnswer, problemAnswer, unknownAnswer, versionFor } from "./lib/proxy/answers";
import { safeDecode, sourceHref } from "./lib/urls";

export const config = {
  matcher: [
    "/agreements",
    "/agreements/:slug",
    "/agreements/:slug/readouts",
    "/agreements/:slug/reuse",
    "/compare",
    "/compare/:path*",
    "/compare-view/:path*",
    "/agreement-version/:path*",
    "/provisions/:key",
    "/sources/:id",
    "/search",
    "/changes",
    "/changes/:range",
    "/data",
    "/og/compare/:path*",
    "/og/provisions/:key",
  ],
};

type Context = { request: NextRequest; name: string; values: ParamValues<ParamName>; versionId: string | null; image: boolean };
type Route = { path: RegExp; query?: readonly ParamName[]; image?: boolean; raw?: boolean; answer?: (c: Context) => Promise<NextResponse> };

const PROVISION_QUERY = ["ref", "against", "party", "year", "form", "page", "v"] as const;
const unknownAgreement = (c: Context) => NextResponse.rewrite(new URL("/_unknown-agreement", c.request.nextUrl));

/** Whether the slug names an agreement of the version (true while that cannot be read: the page answers). */
async function knownAgreement(c: Context): Promise<boolean> {
  const known = slugSchema.safeParse(c.name).success ? await indexOf(c.versionId, catalogueIndex) : new Map();
  return !known || known.has(c.name);
}

/** /agreements/{slug}[?v=]: the site's own not-found page for an unknown slug; a pinned one is rewritten. */
async function agreement(c: Context): Promise<NextResponse> {
  if (!(await knownAgreement(c))) return unknownAgreement(c);
  if (!c.values.v) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/agreement-version/${c.values.v}/${c.name}`, c.request.nextUrl));
}

/** /agreements/{slug}/reuse: a known agreement. */
const known = async (c: Context) => ((await knownAgreement(c)) ? NextResponse.next() : unknownAgreement(c));

/** /agreements/{slug}/readouts?base=: a known agreement, and a base among its readouts. */
async function readouts(c: Context): Promise<NextResponse> {
  if (!(await knownAgreement(c))) return unknownAgreement(c);
  const base = c.values.base;
  if (base === undefined) return NextResponse.next();
  const index = await indexOf(c.versionId, readoutIndex);
  const keys = index ? (index.get(c.name) ?? []) : [base];
  if (keys.includes(base)) return NextResponse.next();
  const message = keys.length ? `This agreement has no readout with the key given as base=. Its readouts: ${keys.join(", ")}.` : "";
  const what = { title: "Unknown readout", message: message || "No readouts of this agreement are recorded." };
  const href = (k: string) => `/agreements/${c.name}/readouts?base=${k}${c.values.v ? `&v=${c.values.v}` : ""}`;
  return unknownAnswer(what, [base], new Set(keys), href, true);
}

/** /provisions/{key} and its preview image: a known provision key. */
async function provision(c: Context): Promise<NextResponse> {
  const known = await indexOf(c.versionId, provisionIndex);
  if (!known || (PROVISION_KEY.safeParse(c.name).success && known.has(c.name))) return NextResponse.next();
  if (c.image) return plainAnswer(404, "Unknown provision.");
  const what = { title: "Unknown provision", message: "No provision in the catalogue has this key." };
  return unknownAnswer(what, [c.name], known, (k) => `/provisions/${k}`, true);
}

/** /sources/{id}: a source in the version's evidence archive. */
async function source(c: Context): Promise<NextResponse> {
  const known = await indexOf(c.versionId, evidenceIndex);
  if (!known || (keySchema.safeParse(c.name).success && known.has(c.name))) return NextResponse.next();
  const what = { title: "Unknown source", message: "No source in the catalogue's evidence has this id." };
  return unknownAnswer(what, [c.name], known, (k) => sourceHref({ id: k, version: c.values.v ?? null }));
}

/** /compare?a=…&a=…[&order=earliest]: the picker's form, sent to the comparison's address. */
async function picker(c: Context): Promise<NextResponse> {
  let picked = allValues(c.request.nextUrl.searchParams, "a")
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 5);
  const order = c.values.order && c.versionId ? [...((await indexOf(c.versionId, catalogueIndex))?.keys() ?? [])] : [];
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  if (order.length) picked = [...picked].sort((a, b) => rank(a) - rank(b));
  const target = picked.length ? `/compare/${picked.map(encodeURIComponent).join("/")}` : "/agreements";
  return NextResponse.redirect(new URL(target, c.request.nextUrl), 303);
}

/** /compare/{slug}/… and its preview image: a well-formed state of known agreements, rewritten to its page. */
async function comparison(c: Context): Promise<NextResponse> {
  const parsed = parseCompareState(c.name.split("/"), c.request.nextUrl.searchParams);
  if (!parsed.ok && parsed.kind === "redirect") {
    return c.image ? plainAnswer(404, "Not a comparison.") : NextResponse.redirect(new URL(parsed.location, c.request.nextUrl), 308);
  }
  if (!parsed.ok) {
    if (c.image || parsed.param) return problemAnswer({ ...parsed, name: parsed.param ?? "v" }, c.image, c.request.nextUrl);
    return htmlAnswer({ status: parsed.status, title: INVALID_TITLE[parsed.reason], message: parsed.message, asked: parsed.slugs });
  }
  const version = await versionFor(parsed.state.v);
  if (!version.ok) return problemAnswer(version.problem, c.image, c.request.nextUrl);
  const known = await indexOf(version.id, catalogueIndex);
  const missing = known ? parsed.state.slugs.filter((s) => !known.has(s)) : [];
  if (missing.length && c.image) return plainAnswer(404, "Unknown agreement.");
  const what = { title: "Unknown agreement", message: `No agreement in the catalogue has the slug ${missing.join(", ")}.` };
  if (known && missing.length) return unknownAnswer(what, missing, known, (k) => `/agreements/${k}`);
  if (c.image) return NextResponse.next();
  return NextResponse.rewrite(new URL(internalComparePath(parsed.state), c.request.nextUrl));
}

const internal = () =>
  Promise.resolve(htmlAnswer({ status: 404, title: "Not found", message: "There is no page at this address.", asked: [] }));

const ROUTES: Route[] = [
  { path: /^\/(?:compare-view|agreement-version)(?:\/|$)/, answer: internal },
  { path: /^\/agreements$/, query: CATALOGUE_QUERY },
  { path: /^\/agreements\/([^/]+)\/readouts$/, query: ["v", "base"], answer: readouts },
  { path: /^\/agreements\/([^/]+)\/reuse$/, query: ["v"], answer: known },
  { path: /^\/agreements\/([^/]+)$/, query: ["v"], answer: agreement },
  { path: /^\/sources\/([^/]+)$/, query: ["v"], answer: source },
  { path: /^\/provisions\/([^/]+)$/, query: PROVISION_QUERY, answer: provision },
  { path: /^\/og\/provisions\/([^/]+)$/, query: PROVISION_QUERY, image: true, answer: provision },
  { path: /^\/search$/, query: ["q", "v", "page"] },
  { path: /^\/(?:changes|data)(?:\/[^/]+)?$/, query: ["page", "from", "to"] },
  { path: /^\/compare\/?$/, query: ["order"], answer: picker },
  { path: /^\/og\/compare\/(.+)$/, image: true, raw: true, answer: comparison },
  { path: /^\/compare\/(.+)$/, raw: true, answer: comparison },
];

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const route = ROUTES.find((r) => r.path.test(pathname));
  if (!route) return NextResponse.next();
  const image = route.image ?? false;
  const read = readQuery(searchParams, route.query ?? []);
  if (!read.ok) return problemAnswer(read.problem, image, request.nextUrl);
  const version = await versionFor(read.values.v);
  if (!version.ok) return problemAnswer(version.problem, image, request.nextUrl);
  const name = route.path.exec(pathname)?.[1] ?? "";
  const context = { request, name: route.raw ? name : safeDecode(name), values: read.values, versionId: version.id, image };
  return route.answer ? route.answer(context) : NextResponse.next();
}
