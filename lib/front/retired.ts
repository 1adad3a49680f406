// A link pinned to a retired dataset version (npm run db:retire) answers 410 Gone, whatever the route: the
// page says when and why the version was retired and links the same address without the pin. Checked by
// server.ts before the front's cache or Next.js see the request, from the polled version state (no query).
import type { ServerResponse } from "node:http";
import type { VersionState } from "../dataset-version";
import { renderServicePage } from "../error-page";
import { escapeHtml } from "../html";

const ID = "[0-9a-f]{12}";
// Routes that carry a version in their path: a data package, a version diff.
const IN_PATH = [new RegExp(`^/data/(${ID})\\.zip$`), new RegExp(`^/changes/(${ID})(?:\\.\\.\\.|%2e%2e%2e)(${ID})$`, "i")];

/** The retired version this address is pinned to, if any. */
export function retiredVersionOf(path: string, state: Pick<VersionState, "retired"> | null): string | null {
  if (!state?.retired.size) return null;
  const q = path.indexOf("?");
  const pathname = q < 0 ? path : path.slice(0, q);
  // The first v= is the one every route reads.
  const v = new URLSearchParams(q < 0 ? "" : path.slice(q + 1)).get("v");
  const ids = v === null ? [] : [v];
  for (const pattern of IN_PATH) ids.push(...(pattern.exec(pathname)?.slice(1) ?? []));
  return ids.find((id) => state.retired.has(id)) ?? null;
}

/** Answers 410 for a retired version: HTML for a page, a line of text for anything else. */
export function answerRetired(res: ServerResponse, path: string, id: string, state: Pick<VersionState, "retired">): void {
  const { at, reason } = state.retired.get(id) ?? { at: "", reason: "" };
  const q = path.indexOf("?");
  const params = new URLSearchParams(q < 0 ? "" : path.slice(q + 1));
  params.delete("v");
  const pathname = q < 0 ? path : path.slice(0, q);
  const unpinned = IN_PATH.some((p) => p.test(pathname)) ? "/changes" : `${pathname}${params.size ? `?${params}` : ""}`;
  const said = `Dataset version ${id} was retired on ${at.slice(0, 10)}: ${reason}`;
  const headers = { "cache-control": "no-store", "x-robots-tag": "noindex" };
  const page = !/^\/(api|data|og|feeds|embed)\//.test(pathname) && !pathname.endsWith(".zip");
  if (!page) {
    res.writeHead(410, { ...headers, "content-type": "text/plain; charset=utf-8" });
    res.end(`${said} Its data is no longer published; the current data is at ${unpinned}.\n`);
    return;
  }
  res.writeHead(410, { ...headers, "content-type": "text/html; charset=utf-8" });
  res.end(
    renderServicePage(
      "Dataset version retired",
      `<p class="rule">${escapeHtml(said)}</p><p>A retired version's data is no longer published: a link pinned to it
cannot show what it showed. <a href="${escapeHtml(unpinned)}">See this address with the current data</a>, or
<a href="/changes">the catalogue's history</a>.</p>`,
    ),
  );
}
