import { versionFromRequest } from "@/lib/api/version";
import { preflight, sendError, sendJson } from "@/lib/api/respond";
import { listAgreements } from "@/lib/data/agreements";
import { env } from "@/lib/runtime/env";
import { LICENCE_FIELD } from "@/lib/licence";

// GET /api/v1/agreements[?v=] — the catalogue of one dataset version (latest by default).
export async function GET(request: Request) {
  try {
    const version = await versionFromRequest(request);
    const agreements = await listAgreements(version.id);
    const site = env().SITE_URL;
    return sendJson(
      {
        dataset_version: version.id,
        latest: version.isLatest,
        licence: LICENCE_FIELD,
        data_package: `${site}/data/${version.id}.zip`,
        agreements: agreements.map((a) => ({ ...a, url: `${site}/agreements/${a.slug}`, api: `${site}/api/v1/agreements/${a.slug}` })),
      },
      { request, version: version.id, pinned: version.pinned },
    );
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
