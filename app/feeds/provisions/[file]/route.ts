import { ApiError } from "@/lib/api/errors";
import { sendBody, sendError } from "@/lib/api/respond";
import { currentVersionId } from "@/lib/dataset-version";
import { env } from "@/lib/env";
import { provisionFeed } from "@/lib/feeds/feeds";

export const dynamic = "force-dynamic";

// GET /feeds/provisions/{key}.atom — Atom feed of the documents that express one provision, newest first.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.atom$/.exec((await params).file);
    if (!match?.[1] || match[1].length > 60)
      throw new ApiError("not_found", "Provision feeds are at /feeds/provisions/{key}.atom, such as /feeds/provisions/ip-theft.atom.");
    const xml = await provisionFeed(env().SITE_URL, match[1]);
    if (!xml) throw new ApiError("not_found", `No provision has the key ${match[1]}.`);
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
