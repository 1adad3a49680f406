import { ApiError } from "@/lib/api/errors";
import { sendBody, sendError } from "@/lib/api/respond";
import { currentVersionId } from "@/lib/runtime/dataset-version";
import { env } from "@/lib/runtime/env";
import { PATH } from "@/lib/domain/params";
import { provisionFeed } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

// GET /feeds/provisions/{key}.atom — Atom feed of the documents that express one provision, newest first.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const key = PATH.feedFile((await params).file);
    if (!key || key.length > 60)
      throw new ApiError("not_found", "Provision feeds are at /feeds/provisions/{key}.atom, such as /feeds/provisions/ip-theft.atom.");
    const xml = await provisionFeed(env().SITE_URL, key);
    if (!xml) throw new ApiError("not_found", `No provision has the key ${key}.`);
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
