import { ApiError, checkPage, formatOf, paramError } from "@/lib/api/errors";
import { preflight, sendBody, sendError, sendJson } from "@/lib/api/respond";
import { tableToCsv } from "@/lib/compare/export";
import { PROVISION_COLUMNS, provisionDocument, provisionTable } from "@/lib/compare/provision-export";
import { parseProvisionState, provisionHref } from "@/lib/compare/provision-state";
import { getProvisionView } from "@/lib/data/provision-view";
import { env } from "@/lib/runtime/env";

// GET /api/v1/provisions/{key}[?ref=&against=&party=&year=&form=&page=&v=&format=json|csv] — every wording
// of one provision (a page of them), as JSON, or as a CSV table with provenance and attribution. A page
// beyond the last (of the wordings the filters keep) is a 400 that names the last page.
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  try {
    const query = new URL(request.url).searchParams;
    const format = formatOf(query, ["json", "csv"]);
    const parsed = parseProvisionState((await params).key, query);
    if (!parsed.ok) throw paramError(parsed);
    const result = await getProvisionView(parsed.state);
    if (result.kind === "unknown-version") throw new ApiError("not_found", "No dataset version has that id (v=…).");
    if (result.kind === "unknown-provision") throw new ApiError("not_found", `No provision has the key ${parsed.state.key}.`);
    const { view, state, version } = result;
    checkPage(parsed.state.page, view.pages);
    const options = { request, version: version.id, pinned: Boolean(parsed.state.v) };
    const pinnedUrl = `${env().SITE_URL}${provisionHref({ ...state, v: version.id })}`;
    if (format === "csv") {
      const filename = `pactdiff-provision-${state.key}${view.pages > 1 ? `-page-${view.page}` : ""}-${version.id}.csv`;
      return sendBody(tableToCsv(PROVISION_COLUMNS, provisionTable(view, version.id, pinnedUrl)), {
        ...options,
        contentType: "text/csv; charset=utf-8; header=present",
        filename,
      });
    }
    return sendJson(provisionDocument(view, state, version, env().SITE_URL), options);
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
