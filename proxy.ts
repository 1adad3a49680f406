// Agreement pages, comparisons and their preview images. Each address is parsed once, and the dataset
// version (`v=`, or the current one) and every slug are checked against that version's catalogue, so that
// an unknown version or slug is answered 404 (with suggestions) here, before anything renders or is
// cached: a status code must be set before rendering starts. A valid comparison is rewritten to the
// internal /compare-view/* page for its state; a pinned agreement to /agreement-version/*. The internal
// paths are not public.
import { NextResponse, type NextRequest } from "next/server";
import { renderErrorPage, type ErrorPage } from "./lib/error-page";
import { internalComparePath, parseCompareState } from "./lib/compare/state";
import { PROVISION_KEY } from "./lib/compare/provision-state";
import { catalogueIndex, provisionIndex, readoutIndex } from "./lib/data/catalogue-index";
import { versionState } from "./lib/dataset-version";
import { evidenceIndex } from "./lib/data/sources";
import { keySchema, versionIdSchema } from "./lib/domain/schema";
import { suggestSlugs } from "./lib/suggest";

export const config = {
  matcher: [
    "/compare",
    "/compare/:path*",
    "/compare-view/:path*",
    "/agreement-version/:path*",
    "/og/compare/:path*",
    "/agreements/:slug",
    "/agreements/:slug/readouts",
    "/provisions/:key",
    "/sources/:id",
    "/og/provisions/:key",
    "/search",
  ],
};

const NO_STORE = "no-store";

function htmlResponse(page: ErrorPage): NextResponse {
  return new NextResponse(renderErrorPage(page), {
    status: page.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": NO_STORE, "x-robots-tag": "noindex" },
  });
}

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": NO_STORE } });
}

type Checked = { ok: true } | { ok: false; kind: "version" } | { ok: false; kind: "slugs"; missing: string[]; known: Map<string, string> };

/**
 * Checks a version and slugs against the catalogue. While the database cannot be read and nothing is known
 * yet, everything passes: the page then answers 503 itself.
 */
async function check(v: string | undefined, slugs: readonly string[]): Promise<Checked> {
  let state;
  try {
    state = await versionState();
  } catch {
    return { ok: true };
  }
  if (v && !state.known.has(v)) return { ok: false, kind: "version" };
  const versionId = v ?? state.current;
  if (!versionId) return { ok: true };
  let known: Map<string, string>;
  try {
    known = await catalogueIndex(versionId);
  } catch {
    return { ok: true };
  }
  const missing = slugs.filter((s) => !known.has(s));
  return missing.length ? { ok: false, kind: "slugs", missing, known } : { ok: true };
}

function notFoundPage(checked: Exclude<Checked, { ok: true }>, asked: readonly string[]): NextResponse {
  if (checked.kind === "version") {
    return htmlResponse({
      status: 404,
      title: "Unknown dataset version",
      message: "No dataset version has that id (v=…). Remove v= from the address to see the current data.",
      asked: [],
    });
  }
  const suggestions = [...new Set(checked.missing.flatMap((s) => suggestSlugs(s, [...checked.known.keys()])))].map((slug) => ({
    href: `/agreements/${slug}`,
    label: `${checked.known.get(slug) ?? slug} (${slug})`,
  }));
  const names = checked.missing.join(", ");
  return htmlResponse({
    status: 404,
    title: "Unknown agreement",
    message: `No agreement in the catalogue has the slug ${names}.`,
    asked: asked.filter((s) => checked.missing.includes(s)),
    suggestions,
  });
}

/** /og/compare/{slug}/{slug}…: the image route runs only for a well-formed comparison of known slugs. */
async function checkImagePath(pathname: string, searchParams: URLSearchParams): Promise<NextResponse> {
  const parsed = parseCompareState(pathname.split("/").slice(3), searchParams);
  if (!parsed.ok) return plainResponse(parsed.kind === "redirect" ? 404 : 400, "Not a comparison.");
  const checked = await check(parsed.state.v, parsed.state.slugs);
  return checked.ok
    ? NextResponse.next()
    : plainResponse(404, checked.kind === "version" ? "Unknown dataset version." : "Unknown agreement.");
}

async function agreementPage(request: NextRequest, slug: string): Promise<NextResponse> {
  const raw = request.nextUrl.searchParams.get("v");
  if (raw !== null && !/^[0-9a-f]{12}$/.test(raw)) return NextResponse.redirect(new URL(`/agreements/${slug}`, request.nextUrl), 307);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 80)
    return NextResponse.rewrite(new URL("/_unknown-agreement", request.nextUrl));
  const checked = await check(raw ?? undefined, [slug]);
  // An unknown slug gets the site's own not-found page (the whole catalogue, suggestions), with its 404.
  if (!checked.ok && checked.kind === "slugs") return NextResponse.rewrite(new URL("/_unknown-agreement", request.nextUrl));
  if (!checked.ok) return notFoundPage(checked, [slug]);
  if (raw === null) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/agreement-version/${raw}/${slug}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

/**
 * /agreements/{slug}/readouts?base={key}&v={version}: the page renders only for a known agreement, version
 * and readout; a malformed v= is dropped (as on agreement pages), anything unknown is a 404 that says what
 * exists.
 */
async function readoutsPage(request: NextRequest, slug: string): Promise<NextResponse> {
  const params = request.nextUrl.searchParams;
  const raw = params.get("v");
  const base = params.get("base");
  if (raw !== null && !/^[0-9a-f]{12}$/.test(raw)) {
    const url = new URL(`/agreements/${encodeURIComponent(slug)}/readouts`, request.nextUrl);
    if (base !== null) url.searchParams.set("base", base);
    return NextResponse.redirect(url, 307);
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 80)
    return NextResponse.rewrite(new URL("/_unknown-agreement", request.nextUrl));
  const checked = await check(raw ?? undefined, [slug]);
  if (!checked.ok && checked.kind === "slugs") return NextResponse.rewrite(new URL("/_unknown-agreement", request.nextUrl));
  if (!checked.ok) return notFoundPage(checked, [slug]);
  if (base === null) return NextResponse.next();
  let keys: string[] | null = null;
  try {
    const state = await versionState();
    const versionId = raw ?? state.current;
    keys = versionId ? ((await readoutIndex(versionId)).get(slug) ?? []) : null;
  } catch {
    keys = null; // the database cannot be read: the page answers 503 itself
  }
  if (keys === null || keys.includes(base)) return NextResponse.next();
  const pinned = raw ? `&v=${raw}` : "";
  return htmlResponse({
    status: 404,
    title: "Unknown readout",
    message: keys.length
      ? `This agreement has no readout with the key given as base=. Its readouts: ${keys.join(", ")}.`
      : "No readouts of this agreement are recorded, so none can be the base.",
    asked: [base],
    suggestions: keys.map((k) => ({ href: `/agreements/${slug}/readouts?base=${k}${pinned}`, label: k })),
  });
}

/**
 * /provisions/{key}?…&v=: renders only for a known provision and version; a malformed v= is dropped (307),
 * an unknown key or version is a 404 that lists the provisions there are. The preview image likewise.
 */
async function provisionPage(request: NextRequest, key: string, image: boolean): Promise<NextResponse> {
  const params = request.nextUrl.searchParams;
  const raw = params.get("v");
  if (raw !== null && !/^[0-9a-f]{12}$/.test(raw)) {
    if (image) return plainResponse(404, "Unknown dataset version.");
    const url = request.nextUrl.clone();
    url.searchParams.delete("v");
    return NextResponse.redirect(url, 307);
  }
  let state;
  try {
    state = await versionState();
  } catch {
    return NextResponse.next(); // the database cannot be read: the page answers 503 itself
  }
  if (raw && !state.known.has(raw)) {
    return image ? plainResponse(404, "Unknown dataset version.") : notFoundPage({ ok: false, kind: "version" }, []);
  }
  const versionId = raw ?? state.current;
  if (!versionId) return NextResponse.next();
  let known: Map<string, string>;
  try {
    known = await provisionIndex(versionId);
  } catch {
    return NextResponse.next();
  }
  if (PROVISION_KEY.safeParse(key).success && known.has(key)) return NextResponse.next();
  if (image) return plainResponse(404, "Unknown provision.");
  const suggestions = suggestSlugs(key, [...known.keys()]);
  const listed = (suggestions.length ? suggestions : [...known.keys()]).map((k) => ({
    href: `/provisions/${k}`,
    label: `${known.get(k) ?? k} (${k})`,
  }));
  return htmlResponse({
    status: 404,
    title: "Unknown provision",
    message: "No provision in the catalogue has this key.",
    asked: [key.slice(0, 100)],
    suggestions: listed,
  });
}

/**
 * /sources/{id}?v=: what was seen of one source. A v= that is not a known version is a 404 (never the latest
 * data in silence); an unknown id is a 404 that suggests the closest ones.
 */
async function sourcePage(request: NextRequest, id: string): Promise<NextResponse> {
  const raw = request.nextUrl.searchParams.get("v");
  const unknownVersion = () => notFoundPage({ ok: false, kind: "version" }, []);
  if (raw !== null && !versionIdSchema.safeParse(raw).success) return unknownVersion();
  let state;
  try {
    state = await versionState();
  } catch {
    return NextResponse.next(); // the database cannot be read: the page answers 503 itself
  }
  if (raw !== null && !state.known.has(raw)) return unknownVersion();
  const versionId = raw ?? state.current;
  if (!versionId) return NextResponse.next();
  let known: Set<string>;
  try {
    known = await evidenceIndex(versionId);
  } catch {
    return NextResponse.next();
  }
  if (keySchema.safeParse(id).success && known.has(id)) return NextResponse.next();
  const pin = raw ? `?v=${raw}` : "";
  return htmlResponse({
    status: 404,
    title: "Unknown source",
    message: "No source in the catalogue's evidence has this id.",
    asked: [id.slice(0, 100)],
    suggestions: suggestSlugs(id, [...known]).map((k) => ({ href: `/sources/${k}${pin}`, label: k })),
  });
}

/** /search?q=&v=: a malformed v= is dropped (307), an unknown one is a 404; the rest is the page's. */
async function searchPage(request: NextRequest): Promise<NextResponse> {
  const raw = request.nextUrl.searchParams.get("v");
  if (raw === null) return NextResponse.next();
  if (!/^[0-9a-f]{12}$/.test(raw)) {
    const url = request.nextUrl.clone();
    url.searchParams.delete("v");
    return NextResponse.redirect(url, 307);
  }
  const checked = await check(raw, []);
  return checked.ok ? NextResponse.next() : notFoundPage(checked, []);
}

/** The picker's "earliest first": slugs in catalogue order (by date), unknown ones after, as typed. */
async function earliestFirst(slugs: string[]): Promise<string[]> {
  try {
    const current = (await versionState()).current;
    const order = current ? [...(await catalogueIndex(current)).keys()] : [];
    const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
    return [...slugs].sort((a, b) => rank(a) - rank(b));
  } catch {
    return slugs;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/compare-view") || pathname.startsWith("/agreement-version")) {
    return htmlResponse({ status: 404, title: "Not found", message: "There is no page at this address.", asked: [] });
  }
  if (pathname === "/search") return searchPage(request);
  const readouts = /^\/agreements\/([^/]+)\/readouts$/.exec(pathname);
  if (readouts) return readoutsPage(request, safeDecode(readouts[1] ?? ""));
  if (pathname.startsWith("/agreements/")) return agreementPage(request, safeDecode(pathname.slice("/agreements/".length)));
  const source = /^\/sources\/([^/]+)$/.exec(pathname);
  if (source) return sourcePage(request, safeDecode(source[1] ?? ""));
  const provision = /^\/(og\/)?provisions\/([^/]+)$/.exec(pathname);
  if (provision) return provisionPage(request, safeDecode(provision[2] ?? ""), Boolean(provision[1]));
  if (pathname.startsWith("/og/")) return checkImagePath(pathname, searchParams);

  if (pathname === "/compare" || pathname === "/compare/") {
    let picked = searchParams
      .getAll("a")
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 5);
    if (searchParams.get("order") === "earliest") picked = await earliestFirst(picked);
    const target = picked.length ? `/compare/${picked.map(encodeURIComponent).join("/")}` : "/agreements";
    return NextResponse.redirect(new URL(target, request.nextUrl), 303);
  }

  const parsed = parseCompareState(pathname.split("/").slice(2), searchParams);
  if (!parsed.ok) {
    if (parsed.kind === "redirect") return NextResponse.redirect(new URL(parsed.location, request.nextUrl), 308);
    const title = { "too-many": "Too many agreements", duplicate: "An agreement appears twice", malformed: "Not an agreement slug" }[
      parsed.reason
    ];
    return htmlResponse({ status: 400, title, message: parsed.message, asked: parsed.slugs });
  }
  const checked = await check(parsed.state.v, parsed.state.slugs);
  if (!checked.ok) return notFoundPage(checked, parsed.state.slugs);

  const url = request.nextUrl.clone();
  url.pathname = internalComparePath(parsed.state);
  url.search = "";
  return NextResponse.rewrite(url);
}
