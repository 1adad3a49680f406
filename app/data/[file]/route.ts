import { ApiError } from "@/lib/api/errors";
import { CORS_HEADERS, sendError } from "@/lib/api/respond";
import { resolveVersion } from "@/lib/data/versions";
import { dataPackage } from "@/lib/datapackage/build";
import { env } from "@/lib/env";
import { etagOf } from "@/lib/front/cache";
import { cacheControlFor } from "@/lib/front/headers";
import { LICENCE_LINK_HEADER } from "@/lib/licence";

export const dynamic = "force-dynamic";

// GET /data/{version}.zip — the whole catalogue of one dataset version as a Frictionless Data Package,
// immutable; /data/latest.zip — the current version's, at a stable address (Content-Location names the
// pinned one).
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const match = /^(latest|[0-9a-f]{12})\.zip$/.exec((await params).file);
    if (!match?.[1]) throw new ApiError("not_found", "Data packages are at /data/{version}.zip or /data/latest.zip.");
    const pinned = match[1] !== "latest";
    const version = await resolveVersion(pinned ? match[1] : undefined);
    if (!version) throw pinned ? new ApiError("not_found", "No dataset version has that id.") : new ApiError("unavailable", "The catalogue is empty.");
    const bytes = await dataPackage(version, env().SITE_URL);
    const etag = etagOf(bytes);
    const headers: Record<string, string> = {
      ...CORS_HEADERS,
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="pactdiff-catalogue-${version.id}.zip"`,
      "content-location": `/data/${version.id}.zip`,
      "cache-control": cacheControlFor(pinned),
      etag,
      "x-dataset-version": version.id,
      link: LICENCE_LINK_HEADER,
    };
    const match304 = request.headers.get("if-none-match");
    if (match304 && match304.split(",").some((t) => [etag, `W/${etag}`, "*"].includes(t.trim()))) return new Response(null, { status: 304, headers });
    return new Response(request.method === "HEAD" ? null : Buffer.from(bytes), { headers });
  } catch (error) {
    return sendError(error);
  }
}
