// The whole catalogue of one dataset version as flat tables, each with its Frictionless Table Schema:
// fields, types, constraints, primary and foreign keys. The data package (./build.ts) writes one CSV per
// table; the schemas are what `datapackage.json` declares and what the Frictionless libraries check. The rows
// are read by lib/data/catalogue-rows.ts, named by ./ids.ts and laid out by the table modules beside this one.
import { unitTables } from "./unit-tables";
import "server-only";
import { readCatalogueRows } from "../data/catalogue-rows";
import { agreementTables } from "./agreement-tables";
import { clauseTables } from "./clause-tables";
import { evidenceTables } from "./evidence-tables";
import { stableIds } from "./ids";
import { recordTables } from "./record-tables";
import type { Table } from "./table-schema";

export type { Table, TableSchema } from "./table-schema";

/** Every table of a version, in the order the package lists them. */
export async function catalogueTables(versionId: string): Promise<Table[]> {
  const [d, evidence] = await Promise.all([readCatalogueRows(versionId), evidenceTables(versionId)]);
  const ids = stableIds(d);
  return [...agreementTables(d, ids), ...clauseTables(d, ids), ...unitTables(d, ids), ...recordTables(d, ids), ...evidence];
}
