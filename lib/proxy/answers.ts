// What the proxy (proxy.ts) answers before a page renders: the version a request reads, the catalogue's
// indexes to check a slug or key against, and the 4xx pages that say what was asked and what exists. A
// status code must be set before rendering starts, so these are decided here. While the database cannot be
// read, everything passes: the page then answers 503 itself.
import { NextResponse } from "next/server";
import { versionState } from "../runtime/dataset-version";
import { paramProblem, queryName, versionVerdict, type ParamProblem } from "../domain/params";
import { renderErrorPage, type ErrorPage } from "../error-page";
import { suggestSlugs } from "../text/suggest";

const NO_STORE = "no-store";

export function htmlAnswer(page: ErrorPage): NextResponse {
  return new NextResponse(renderErrorPage(page), {
    status: page.status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": NO_STORE, "x-robots-tag": "noindex" },
  });
}

export function plainAnswer(status: number, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": NO_STORE } });
}

/**
 * A parameter that cannot be answered: a page for a page (linking the same address without that parameter),
 * a line of text for an image.
 */
export function problemAnswer(problem: Pick<ParamProblem, "status" | "message" | "name">, image: boolean, url: URL): NextResponse {
  if (image) return plainAnswer(problem.status, problem.message);
  const title = problem.status === 404 ? "Unknown dataset version" : "Not a value this address can take";
  const name = queryName(problem.name);
  const without = new URL(url);
  without.searchParams.delete(name);
  const href = `${without.pathname}${without.search}`;
  const suggestions = [{ href, label: `This address without ${name}=${problem.status === 404 ? ", with the current data" : ""}` }];
  return htmlAnswer({ status: problem.status, title, message: problem.message, asked: [], suggestions });
}

/**
 * The dataset version a request reads: the pinned one when it is known, else the current one (null while
 * the database cannot be read or the catalogue is empty); a problem for a pin that is not a known version.
 */
export async function versionFor(v: string | undefined): Promise<{ ok: true; id: string | null } | { ok: false; problem: ParamProblem }> {
  let state;
  try {
    state = await versionState();
  } catch {
    return { ok: true, id: null };
  }
  const verdict = versionVerdict(v, state.known);
  if (verdict.kind === "unknown") return { ok: false, problem: paramProblem("v", verdict.given) };
  return { ok: true, id: verdict.kind === "known" ? verdict.id : state.current };
}

/** An index of the given version (null: no version, or the database cannot be read: let the page answer). */
export async function indexOf<T>(versionId: string | null, read: (id: string) => Promise<T>): Promise<T | null> {
  if (!versionId) return null;
  try {
    return await read(versionId);
  } catch {
    return null;
  }
}

/** A 404 naming what was asked and linking the closest known keys (or all of them, when none is close). */
export function unknownAnswer(
  what: { title: string; message: string },
  asked: readonly string[],
  known: ReadonlyMap<string, string> | ReadonlySet<string>,
  href: (key: string) => string,
  listAll = false,
): NextResponse {
  const keys = [...known.keys()];
  const close = [...new Set(asked.flatMap((a) => suggestSlugs(a, keys)))];
  const label = (k: string) => (known instanceof Map && known.get(k) ? `${known.get(k)} (${k})` : k);
  return htmlAnswer({
    status: 404,
    ...what,
    asked: asked.map((a) => a.slice(0, 100)),
    suggestions: (close.length || !listAll ? close : keys).map((k) => ({ href: href(k), label: label(k) })),
  });
}
