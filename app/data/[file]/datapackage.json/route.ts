import { answerDescriptor } from "@/lib/datapackage/serve";

export const dynamic = "force-dynamic";

// GET /data/{version}/datapackage.json, /data/latest/datapackage.json — the data package's descriptor at an
// address of its own, the zip's own bytes; the CSVs it names are beside it (app/data/[file]/data/[table]).
// The folder segment is called `file` because it shares its place with /data/{version}.zip (one name per
// segment).
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return answerDescriptor(request, (await params).file);
}
