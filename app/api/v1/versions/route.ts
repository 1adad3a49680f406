import { checkPage, paramError } from "@/lib/api/errors";
import { readQuery } from "@/lib/domain/params";
import { preflight, sendError, sendJson } from "@/lib/api/respond";
import { CHANGES_PAGE_SIZE, versionEntries } from "@/lib/changes/changes";
import { currentVersionId } from "@/lib/runtime/dataset-version";
import { env } from "@/lib/runtime/env";
import { LICENCE_FIELD } from "@/lib/licence";

// GET /api/v1/versions[?page=] — the catalogue's history, newest first: each time a dataset version became
// current (a new import, or an older version again), what changed from the one before, and where its data
// package is; 50 a page. A page beyond the last is a 400 that names the last page.
export async function GET(request: Request) {
  try {
    const read = readQuery(new URL(request.url).searchParams, ["page"]);
    if (!read.ok) throw paramError(read.problem);
    const page = read.values.page ?? 1;
    const { entries, total } = await versionEntries(page);
    const pages = Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE));
    checkPage(page, pages);
    const site = env().SITE_URL;
    const current = await currentVersionId();
    return sendJson(
      {
        current,
        total,
        page,
        pages,
        next: page < pages ? `${site}/api/v1/versions?page=${page + 1}` : null,
        licence: LICENCE_FIELD,
        history: entries.map((e) => ({
          id: e.id,
          imported_at: e.importedAt,
          activated_at: e.activatedAt,
          new_import: e.isNewImport,
          current: e.isCurrent,
          previous: e.previous,
          summary: e.sentence,
          counts: e.counts,
          added: e.added.map((a) => a.slug),
          changed: e.changed.map((a) => a.slug),
          removed: e.removed.map((a) => a.slug),
          retired: e.retired ? { at: e.retired.at, reason: e.retired.reason } : null,
          data_package: e.retired ? null : `${site}/data/${e.id}.zip`,
          changes: e.changesPath ? `${site}${e.changesPath}` : null,
        })),
      },
      { request, version: current ?? "", pinned: false },
    );
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
