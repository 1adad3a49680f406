import { ApiError } from "@/lib/api/errors";
import { apiPaths } from "@/lib/api/openapi";
import { preflight, sendError } from "@/lib/api/respond";
import { env } from "@/lib/runtime/env";

// Any /api address no route has (/api/v1/nope, /api/v1/agreements/a/b, /api/v1/compare, /api/v2/…): the API's
// JSON 404, naming its addresses and its description, never the site's HTML page. Next.js prefers every
// static and dynamic route beside or below it (app/api/v1/**, app/api/oembed), so it answers only what they do not.
export function GET() {
  const description = `${env().SITE_URL}/api/v1/openapi.json`;
  const message = `The API has no such address. Its addresses: ${apiPaths().join(", ")}; described at ${description}.`;
  const response = sendError(new ApiError("not_found", message));
  response.headers.set("link", `<${description}>; rel="service-desc"`);
  return response;
}

export const OPTIONS = preflight;
