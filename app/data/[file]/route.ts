import { ApiError } from "@/lib/api/errors";
import { sendBody, sendError } from "@/lib/api/respond";
import { resolveVersion } from "@/lib/data/versions";
import { dataPackage } from "@/lib/datapackage/build";
import { env } from "@/lib/runtime/env";
import { PATH } from "@/lib/domain/params";

export const dynamic = "force-dynamic";

// GET /data/{version}.zip — the whole catalogue of one dataset version as a Frictionless Data Package,
// immutable; /data/latest.zip — the current version's, at a stable address (Content-Location names the
// pinned one).
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const name = PATH.dataFile((await params).file);
    if (!name) throw new ApiError("not_found", "Data packages are at /data/{version}.zip or /data/latest.zip.");
    const pinned = name !== "latest";
    const version = await resolveVersion(pinned ? name : undefined);
    if (!version) throw pinned ? new ApiError("not_found", "No dataset version has that id.") : new ApiError("unavailable", "The catalogue is empty.");
    const bytes = await dataPackage(version, env().SITE_URL);
    return sendBody(bytes, {
      request,
      contentType: "application/zip",
      version: version.id,
      pinned,
      filename: `pactdiff-catalogue-${version.id}.zip`,
      headers: { "content-location": `/data/${version.id}.zip` },
    });
  } catch (error) {
    return sendError(error);
  }
}
