import { timingSafeEqual } from "node:crypto";
import { revalidatePath } from "next/cache";
import { ApiError } from "@/lib/api/errors";
import { sendError } from "@/lib/api/respond";
import { forgetLatestVersion } from "@/lib/data/latest-version";
import { clearEmbedCache } from "@/lib/embed/cache";
import { env } from "@/lib/env";

function authorised(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// POST /api/admin/revalidate — after an import: drop every cached page, embed and version lookup so the
// new dataset version shows at once. Needs REVALIDATE_TOKEN as a bearer token; absent without it.
export async function POST(request: Request) {
  try {
    const token = env().REVALIDATE_TOKEN;
    if (!token) throw new ApiError("not_found", "Not found.");
    if (!authorised(request, token)) throw new ApiError("not_found", "Not found.");
    revalidatePath("/", "layout");
    clearEmbedCache();
    forgetLatestVersion();
    return Response.json({ revalidated: true, at: new Date().toISOString() }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return sendError(error);
  }
}
