import { ApiError, formatOf, paramError } from "@/lib/api/errors";
import { readQuery } from "@/lib/domain/params";
import { CORS_HEADERS, preflight, sendError } from "@/lib/api/respond";
import { CITATION_FORMATS, CITATION_MEDIA, cslItem, formatCitation, type CitationFormat } from "@/lib/cite/cite";
import { resolveCiteTarget } from "@/lib/cite/targets";
import { citationFileStem } from "@/lib/cite/keys";
import { env } from "@/lib/runtime/env";
import { LICENCE_LINK_HEADER } from "@/lib/licence";

// GET /api/v1/cite?page={path with v=}&format=text|bibtex|ris|csl-json — the citation of a page (agreement,
// comparison, provision, source, or the data package at /data/{version}.zip) as a download, pinned to the
// dataset version the page names (or the current one), accessed today. The access date changes every day, so
// shared caches do not keep it ("private"); browsers may for five minutes.
export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams;
    const read = readQuery(query, ["citedPage"]);
    if (!read.ok) throw paramError(read.problem);
    const page = read.values.citedPage;
    if (!page) throw new ApiError("bad_request", "page must be a path of this site, such as /agreements/us-china-2015?v=….");
    const chosen: CitationFormat = formatOf(query, CITATION_FORMATS);
    const resolved = await resolveCiteTarget(page);
    if (!resolved.ok) throw paramError({ status: resolved.status ?? 404, message: resolved.message });
    const body = formatCitation(cslItem(resolved.target, env().SITE_URL, new Date()), chosen);
    const media = CITATION_MEDIA[chosen];
    return new Response(request.method === "HEAD" ? null : body, {
      headers: {
        ...CORS_HEADERS,
        "content-type": media.type,
        "content-disposition": `${chosen === "text" ? "inline" : "attachment"}; filename="${citationFileStem(resolved.target.key, resolved.target.versionId)}.${media.ext}"`,
        "cache-control": "private, max-age=300",
        "x-dataset-version": resolved.target.versionId,
        link: LICENCE_LINK_HEADER,
      },
    });
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
