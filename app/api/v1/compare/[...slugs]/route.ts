import { ApiError, formatOf, paramError } from "@/lib/api/errors";
import { preflight, sendBody, sendError, sendJson } from "@/lib/api/respond";
import { comparisonDocument, tableToCsv, viewTable } from "@/lib/compare/export";
import { compareHref, parseCompareState } from "@/lib/compare/state";
import { getComparison } from "@/lib/data/comparison";
import { env } from "@/lib/runtime/env";

// GET /api/v1/compare/{slug}/{slug}…[?view=&v=&format=json|csv] — a comparison as JSON, or the table of
// its view (clauses, scope or dates) as a CSV download.
export async function GET(request: Request, { params }: { params: Promise<{ slugs: string[] }> }) {
  try {
    const query = new URL(request.url).searchParams;
    const format = formatOf(query, ["json", "csv"]);
    const parsed = parseCompareState((await params).slugs, query);
    if (!parsed.ok) {
      throw parsed.kind === "invalid" ? paramError(parsed) : new ApiError("bad_request", "A comparison needs 2 to 4 agreement slugs.");
    }
    const result = await getComparison(parsed.state);
    if (result.kind === "unknown-version") throw new ApiError("not_found", "No dataset version has that id (v=…).");
    if (result.kind === "missing") throw new ApiError("not_found", `Unknown agreement slug(s): ${result.missing.join(", ")}.`);
    const { comparison, version } = result;
    const options = { request, version: version.id, pinned: Boolean(parsed.state.v) };
    if (format === "csv") {
      const view = parsed.state.view;
      const filename = `pactdiff-${parsed.state.slugs.join("-vs-")}${view === "clauses" ? "" : `-${view}`}-${version.id}.csv`;
      const table = viewTable(comparison, view, version.id, `${env().SITE_URL}${compareHref({ ...parsed.state, v: version.id })}`);
      return sendBody(tableToCsv(table.columns, table.rows), {
        ...options,
        contentType: "text/csv; charset=utf-8; header=present",
        filename,
      });
    }
    return sendJson(comparisonDocument(comparison, parsed.state, version, env().SITE_URL), options);
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
