import { ApiError } from "@/lib/api/errors";
import { sendBody, sendError } from "@/lib/api/respond";
import { currentVersionId } from "@/lib/runtime/dataset-version";
import { env } from "@/lib/runtime/env";
import { changesFeed } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

// GET /feeds/changes.atom — Atom feed of dataset versions and the agreements they add.
export async function GET(request: Request) {
  try {
    const xml = await changesFeed(env().SITE_URL);
    if (!xml) throw new ApiError("unavailable", "The catalogue is empty.");
    return sendBody(xml, {
      request,
      contentType: "application/atom+xml; charset=utf-8",
      version: (await currentVersionId()) ?? "",
      pinned: false,
    });
  } catch (error) {
    return sendError(error);
  }
}
