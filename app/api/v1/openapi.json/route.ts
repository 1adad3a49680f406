import { openApiDocument } from "@/lib/api/openapi";
import { preflight, sendError, sendJson } from "@/lib/api/respond";
import { env } from "@/lib/runtime/env";

// GET /api/v1/openapi.json — the API described for machines (OpenAPI 3.1): every path, its parameters in the
// words of the site's one vocabulary, its answers and the one error shape. It depends on no dataset version.
export function GET(request: Request) {
  try {
    return sendJson(openApiDocument(env().SITE_URL), { request, pinned: false });
  } catch (error) {
    return sendError(error);
  }
}

export const OPTIONS = preflight;
