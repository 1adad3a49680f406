import { answerTable } from "@/lib/datapackage/serve";

export const dynamic = "force-dynamic";

// GET /data/{version}/data/{table}.csv — one table of the data package, where its descriptor
// (/data/{version}/datapackage.json) names it: the zip's own bytes.
export async function GET(request: Request, { params }: { params: Promise<{ file: string; table: string }> }) {
  const { file, table } = await params;
  return answerTable(request, file, table);
}
