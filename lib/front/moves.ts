// Links to an agreement that was renamed or withdrawn (the catalogue's formerSlugs and withdrawn) keep working:
// a former slug anywhere an address names agreements (pages, readouts, comparisons, embeds, the API, preview
// images) answers 301 to the same address with the agreement's slug now, query kept; a withdrawn one 410 with
// the reason the curator gave. Decided here, before the cache or Next.js, from the slugs of the version the
// address is pinned to (v=) or the current one: one small read per version, kept with the version's reads.
import type { ServerResponse } from "node:http";
import type { VersionState } from "../runtime/dataset-version";
import { memoByVersion } from "../data/memo";
import { sharedPrismaClient } from "../runtime/prisma-client";
import { givenValue } from "../domain/params";
import { renderServicePage } from "../error-page";
import { escapeHtml } from "../text/html";
import { safeDecode } from "../urls";

// Addresses whose path segments after the prefix are agreement slugs (one or several).
const SLUG_PATHS = [
  /^(\/agreements\/)([^/]+)(\/readouts|\/reuse)?$/,
  /^(\/(?:og\/|embed\/|api\/v1\/)?compare\/)(.+)()$/,
  /^(\/(?:og|api\/v1)\/agreements?\/)([^/]+)()$/,
];

type Redirect = { to: string | null; reason: string | null };
export type MoveAnswer = { status: 301; location: string } | { status: 410; slug: string; reason: string };

/** A version's former and withdrawn slugs (an empty map for nearly every version). */
export function slugRedirects(versionId: string): Promise<Map<string, Redirect>> {
  return memoByVersion(versionId, "slug-redirects", async () => {
    const rows = await sharedPrismaClient().slugRedirect.findMany({
      where: { versionId },
      select: { slug: true, toSlug: true, reason: true },
    });
    return new Map(rows.map((r) => [r.slug, { to: r.toSlug, reason: r.reason }]));
  });
}

/** How the address is answered when it names a former or withdrawn slug of its version; null otherwise. */
export function moveAnswerFrom(path: string, redirects: ReadonlyMap<string, Redirect>): MoveAnswer | null {
  if (redirects.size === 0) return null;
  const q = path.indexOf("?");
  const [pathname, query] = q < 0 ? [path, ""] : [path.slice(0, q), path.slice(q)];
  for (const pattern of SLUG_PATHS) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const [, prefix = "", slugs = "", suffix = ""] = match;
    const segments = slugs.split("/").map(safeDecode);
    const withdrawn = segments.find((s) => redirects.get(s)?.to === null);
    if (withdrawn) return { status: 410, slug: withdrawn, reason: redirects.get(withdrawn)?.reason ?? "" };
    const moved = segments.map((s) => redirects.get(s)?.to ?? s);
    // A comparison of an agreement with itself under its old name is no comparison: Next.js answers it.
    if (moved.every((s, i) => s === segments[i]) || new Set(moved).size < moved.length) return null;
    return { status: 301, location: `${prefix}${moved.join("/")}${suffix}${query}` };
  }
  return null;
}

/** The answer for an address, from the slugs of the version it is pinned to or the current one. */
export async function moveAnswer(path: string, state: VersionState | null): Promise<MoveAnswer | null> {
  if (!state || !SLUG_PATHS.some((p) => p.test(path.split("?")[0] ?? ""))) return null;
  const q = path.indexOf("?");
  const v = q < 0 ? undefined : givenValue(new URLSearchParams(path.slice(q + 1)), "v");
  const version = v && state.known.has(v) ? v : state.current;
  if (!version) return null;
  try {
    return moveAnswerFrom(path, await slugRedirects(version));
  } catch {
    return null; // the database cannot be read: the front's cache may still answer
  }
}

/** Writes the answer: a redirect, or a 410 as a page, the API's JSON error, or a line of text (images, embeds). */
export function sendMoveAnswer(res: ServerResponse, path: string, answer: MoveAnswer): void {
  if (answer.status === 301) {
    // Shared caches may keep it a day: a slug that moved does not move back.
    res.writeHead(301, {
      location: answer.location,
      "cache-control": "public, max-age=86400",
      "content-type": "text/plain; charset=utf-8",
    });
    res.end(`Moved: this agreement's address is now ${answer.location}\n`);
    return;
  }
  const told = `The agreement once at this address ("${answer.slug}") was withdrawn from the catalogue: ${answer.reason}`;
  const headers = { "cache-control": "public, max-age=300", "x-robots-tag": "noindex" };
  if (path.startsWith("/api/")) {
    res.writeHead(410, { ...headers, "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*" });
    res.end(JSON.stringify({ error: { code: "gone", message: told } }));
  } else if (/^\/(og|embed)\//.test(path)) {
    res.writeHead(410, { ...headers, "content-type": "text/plain; charset=utf-8" });
    res.end(`${told}\n`);
  } else {
    res.writeHead(410, { ...headers, "content-type": "text/html; charset=utf-8" });
    res.end(
      renderServicePage(
        "Agreement withdrawn",
        `<p class="rule">${escapeHtml(told)}</p><p>Links pinned to an earlier dataset version still show what it showed (see <a href="/changes">every dataset version</a>); <a href="/agreements">the catalogue</a> lists the agreements published now.</p>`,
      ),
    );
  }
}
