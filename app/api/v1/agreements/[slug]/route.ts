import { ApiError } from "@/lib/api/errors";
import { preflight, sendError, sendJson } from "@/lib/api/respond";
import { versionFromRequest } from "@/lib/api/version";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { env } from "@/lib/runtime/env";
import { attribution, LICENCE_FIELD } from "@/lib/licence";

// GET /api/v1/agreements/{slug}[?v=] — one agreement with clauses, sources, scope, events and corrections.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const version = await versionFromRequest(request);
    const agreement = /^[a-z0-9-]{1,80}$/.test(slug) ? await getAgreementBySlug(version.id, slug) : null;
    if (!agreement) throw new ApiError("not_found", `No agreement has that slug in dataset version ${version.id}.`);
    return sendJson(
      {
        dataset_version: version.id,
        latest: version.isLatest,
        url: `${env().SITE_URL}/agreements/${slug}`,
        pinned_url: `${env().SITE_URL}/agreements/${slug}?v=${version.id}`,
        licence: LICENCE_FIELD,
        cite_as: attribution(version.id, `${env().SITE_URL}/agreements/${slug}?v=${version.id}`),
        agreement,
      },
      { request, version: version.id, pinned: version.pinned },
    );
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
