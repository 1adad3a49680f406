// The data package's tables by name, in the order datapackage.json lists them, for what names them without
// building a package (the /data page, the addresses of the CSVs). lib/datapackage/package.test.ts checks this
// list against the tables a build writes.
export const TABLE_NAMES = [
  "agreements",
  "judgements",
  "readouts",
  "parties",
  "agreement_parties",
  "provisions",
  "scope_categories",
  "clauses",
  "texts",
  "scope_readings",
  "alignments",
  "reuse",
  "events",
  "assessments",
  "sources",
  "corrections",
  "citations",
  "evidence",
  "passages",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** The table a file name of the package's data folder names ("clauses.csv"), or null. */
export function tableOfFile(file: string): TableName | null {
  const name = /^([a-z_]+)\.csv$/.exec(file)?.[1];
  return (TABLE_NAMES as readonly string[]).includes(name ?? "") ? (name as TableName) : null;
}
