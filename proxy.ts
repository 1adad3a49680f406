// Comparisons only. /compare/{slug}/{slug}…?view=&diff=&v= is parsed once (lib/compare/state.ts) and then:
// rewritten to the internal prerendered page for that exact state; redirected (one slug → the agreement,
// the picker's GET form → the path form); or answered with a 400/404 page here, because a status code
// must be set before rendering starts. The internal /compare-view/* paths are not public.
import { NextResponse, type NextRequest } from "next/server";
import { renderErrorPage, type ErrorPage } from "./lib/compare/error-page";
import { internalComparePath, parseCompareState } from "./lib/compare/state";
import { knownSlugs } from "./lib/data/known-slugs";
import { suggestSlugs } from "./lib/suggest";

export const config = {
  matcher: [
    "/compare",
    "/compare/:path*",
    "/compare-view/:path*",
    "/agreement-version/:path*",
    // Preview images: only real comparisons reach the route. Next.js keeps each answered image path in its
    // on-disk route cache, so unchecked paths would let anyone fill the disk.
    "/og/compare/:path*",
    // Only pinned agreement pages (?v=…) go through the proxy; the latest-data pages are served as they are.
    { source: "/agreements/:slug", has: [{ type: "query", key: "v" }] },
  ],
};

function htmlResponse(page: ErrorPage): NextResponse {
  return new NextResponse(renderErrorPage(page), {
    status: page.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=60", "x-robots-tag": "noindex" },
  });
}

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });
}

/** /og/compare/{slug}/{slug}…: the image route runs only for a well-formed comparison of known slugs. */
async function checkImagePath(pathname: string): Promise<NextResponse> {
  const parsed = parseCompareState(pathname.split("/").slice(3));
  if (!parsed.ok) return plainResponse(parsed.kind === "redirect" ? 404 : 400, "Not a comparison.");
  const known = await knownSlugs();
  // Database down: prerendered images are still served; anything else fails in the route, uncached.
  if (known && parsed.state.slugs.some((s) => !known.has(s))) return plainResponse(404, "Unknown agreement.");
  return NextResponse.next();
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/compare-view") || pathname.startsWith("/agreement-version")) {
    return htmlResponse({ status: 404, title: "Not found", message: "There is no page at this address.", asked: [] });
  }

  if (pathname.startsWith("/agreements/")) {
    const slug = pathname.slice("/agreements/".length);
    const v = searchParams.get("v") ?? "";
    if (!/^[0-9a-f]{12}$/.test(v)) return NextResponse.redirect(new URL(`/agreements/${slug}`, request.nextUrl), 307);
    const url = request.nextUrl.clone();
    url.pathname = `/agreement-version/${v}/${slug}`;
    url.search = "";
    return NextResponse.rewrite(url);
  }

  if (pathname.startsWith("/og/")) return checkImagePath(pathname);

  if (pathname === "/compare" || pathname === "/compare/") {
    const picked = searchParams.getAll("a").map((s) => s.trim()).filter(Boolean).slice(0, 5);
    const target = picked.length ? `/compare/${picked.map(encodeURIComponent).join("/")}` : "/agreements";
    return NextResponse.redirect(new URL(target, request.nextUrl), 303);
  }

  const parsed = parseCompareState(pathname.split("/").slice(2), searchParams);
  if (!parsed.ok) {
    if (parsed.kind === "redirect") return NextResponse.redirect(new URL(parsed.location, request.nextUrl), 308);
    const title = { "too-many": "Too many agreements", duplicate: "An agreement appears twice", malformed: "Not an agreement slug" }[parsed.reason];
    return htmlResponse({ status: 400, title, message: parsed.message, asked: parsed.slugs });
  }

  const known = await knownSlugs();
  const missing = known ? parsed.state.slugs.filter((s) => !known.has(s)) : [];
  if (known && missing.length) {
    const suggestions = [...new Set(missing.flatMap((s) => suggestSlugs(s, [...known.keys()])))].map((slug) => ({
      href: `/agreements/${slug}`,
      label: `${known.get(slug) ?? slug} (${slug})`,
    }));
    const names = missing.join(", ");
    return htmlResponse({ status: 404, title: "Unknown agreement", message: `No agreement in the catalogue has the slug ${names}.`, asked: missing, suggestions });
  }

  const url = request.nextUrl.clone();
  url.pathname = internalComparePath(parsed.state);
  url.search = "";
  return NextResponse.rewrite(url);
}
