// A link pinned to a dataset version (`v=`, a data package's name, either end of a version diff) is answered
// here, before the front's cache or Next.js see it, the same way on every route: a version that is not one
// of the known versions is a 404 (a malformed id included: never the latest data in silence), a retired one
// a 410 saying when and why. Both link the same address without the pin, and a 404 the known version the
// id is a prefix or an extension of, when one is (a pin cut by a copy-paste). Pages get a page; the API and data
// packages their JSON error; images, feeds and embeds a line of text. Decided from the polled version state; a
// well-formed id it does not know is looked up in a fresh reading first (one at a time, shared by whoever asks
// meanwhile), so a version another instance has just imported is not refused.
import type { ServerResponse } from "node:http";
import { versionState, type VersionState } from "../runtime/dataset-version";
import { givenValue, paramProblem, versionVerdict } from "../domain/params";
import { versionIdSchema } from "../domain/schema";
import { renderServicePage } from "../error-page";
import { escapeHtml } from "../text/html";

const ID = "[0-9a-fA-F]{4,40}";
// Routes that carry a version in their path: a data package, its descriptor and tables, a version diff.
const IN_PATH = [
  new RegExp(`^/data/(${ID})(?:\\.zip|/datapackage\\.json|/data/[a-z_]+\\.csv)$`),
  new RegExp(`^/changes/(${ID})(?:\\.\\.\\.|%2e%2e%2e)(${ID})$`, "i"),
];

type Known = Pick<VersionState, "known" | "retired">;
export type PinAnswer = { status: 404 | 410; title: string; said: string; unpinned: string; closest: string | null };

function split(path: string): { pathname: string; params: URLSearchParams } {
  const q = path.indexOf("?");
  return { pathname: q < 0 ? path : path.slice(0, q), params: new URLSearchParams(q < 0 ? "" : path.slice(q + 1)) };
}

/**
 * The version ids an address is pinned to: the first v= (the one every route reads), the version-diff form's
 * from= and to= on /changes, and those in its path.
 */
export function pinsOf(path: string): string[] {
  const { pathname, params } = split(path);
  const names = pathname === "/changes" ? (["v", "from", "to"] as const) : (["v"] as const);
  const ids = names.map((name) => givenValue(params, name) ?? "").filter((id) => id !== "");
  for (const pattern of IN_PATH) ids.push(...(pattern.exec(pathname)?.slice(1) ?? []));
  return ids;
}

/** True when the address is pinned to a staged version: a curator's preview, never cached or indexed. */
export function isPreview(path: string, state: Pick<VersionState, "staged"> | null): boolean {
  return !!state && state.staged.size > 0 && pinsOf(path).some((id) => state.staged.has(id));
}

/** How an address pinned to a version not to be served is answered; null when every pin is known. */
export function pinAnswerFrom(path: string, state: Known): PinAnswer | null {
  const { pathname, params } = split(path);
  params.delete("v");
  const inPath = IN_PATH.some((p) => p.test(pathname));
  const unpinned = inPath
    ? pathname.startsWith("/data/")
      ? pathname.replace(new RegExp(`^/data/${ID}`), "/data/latest")
      : "/changes"
    : `${new URL(pathname, "http://pactdiff.invalid").pathname}${params.size ? `?${params}` : ""}`; // percent-encoded: no markup said back
  for (const id of pinsOf(path)) {
    const retired = state.retired.get(id);
    if (retired) {
      const said = `Dataset version ${id} was retired on ${retired.at.slice(0, 10)}: ${retired.reason}`;
      return { status: 410, title: "Dataset version retired", said, unpinned, closest: null };
    }
    const verdict = versionVerdict(id, state.known);
    if (verdict.kind !== "unknown") continue;
    const closest = verdict.closest && !inPath ? `${unpinned}${params.size ? "&" : "?"}v=${verdict.closest}` : null;
    return { status: 404, title: "Unknown dataset version", said: paramProblem("v", id).message, unpinned, closest };
  }
  return null;
}

/**
 * The answer for a pinned address, from the last version state; an id not known to it is looked up again
 * in a fresh state first. Null: serve the address (also while the database has never been read).
 */
export async function pinAnswer(path: string, last: VersionState | null): Promise<PinAnswer | null> {
  const pins = pinsOf(path);
  if (!last || pins.length === 0) return null;
  const answer = pinAnswerFrom(path, last);
  // Only an id that could be a version is looked up again (a fresh reading, shared by whoever asks at once).
  if (answer?.status !== 404 || !pins.some((id) => versionIdSchema.safeParse(id).success)) return answer;
  try {
    return pinAnswerFrom(path, await versionState(0));
  } catch {
    return answer;
  }
}

/** Writes the answer: a page for a page, the API's JSON error for the API, a line of text for anything else. */
export function sendPinAnswer(res: ServerResponse, path: string, answer: PinAnswer): void {
  const { pathname } = split(path);
  const headers = { "cache-control": "no-store", "x-robots-tag": "noindex" };
  const lead = answer.status === 410 ? "Its data is no longer published; the" : "The";
  const told = `${answer.said} ${lead} current data is at ${answer.unpinned}${answer.closest ? `; did you mean ${answer.closest}?` : "."}`;
  if (/^\/(api|data)\//.test(pathname)) {
    const code = answer.status === 410 ? "gone" : "not_found";
    res.writeHead(answer.status, { ...headers, "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*" });
    res.end(JSON.stringify({ error: { code, message: told } }));
    return;
  }
  if (/^\/(og|feeds|embed)\//.test(pathname)) {
    res.writeHead(answer.status, { ...headers, "content-type": "text/plain; charset=utf-8" });
    res.end(`${told}\n`);
    return;
  }
  const closest = answer.closest
    ? `<p>Did you mean version <a href="${escapeHtml(answer.closest)}">${escapeHtml(answer.closest.replace(/^.*v=/, ""))}</a>?</p>`
    : "";
  const gone =
    answer.status === 410 ? "<p>A retired version's data is no longer published: a link pinned to it cannot show what it showed.</p>" : "";
  res.writeHead(answer.status, { ...headers, "content-type": "text/html; charset=utf-8" });
  res.end(
    renderServicePage(
      answer.title,
      `<p class="rule">${escapeHtml(answer.said)}</p>${gone}${closest}<p><a href="${escapeHtml(answer.unpinned)}">See this
address with the current data</a>, or <a href="/changes">every dataset version</a>.</p>`,
    ),
  );
}
