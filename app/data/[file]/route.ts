import { answerZip } from "@/lib/datapackage/serve";

export const dynamic = "force-dynamic";

// GET /data/{version}.zip — the whole catalogue of one dataset version as a Frictionless Data Package,
// immutable; /data/latest.zip — the current version's, at a stable address (Content-Location names the
// pinned one). A strong ETag and a 304 (lib/datapackage/serve.ts).
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return answerZip(request, (await params).file);
}
