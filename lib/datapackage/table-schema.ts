// The Frictionless Table Schema of the data package's tables, and the helpers that write one field at a time.
// https://specs.frictionlessdata.io/table-schema/

export type FieldType = "string" | "integer" | "boolean" | "datetime";
export type Field = {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
};
export type ForeignKey = { fields: string | string[]; reference: { resource: string; fields: string | string[] } };
export type TableSchema = { fields: Field[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[]; missingValues: string[] };
export type Table = {
  name: string;
  title: string;
  description: string;
  schema: TableSchema;
  rows: Record<string, string | number | boolean | null>[];
};

/** The curator's confidence, in every table that records it. */
export const CONFIDENCE = ["high", "medium", "low", "unconfirmed"];

export const PARTIAL_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";
export const req = (name: string, description: string, type: FieldType = "string", extra: Field["constraints"] = {}): Field => ({
  name,
  type,
  description,
  constraints: { required: true, ...extra },
});
export const opt = (name: string, description: string, type: FieldType = "string", extra?: Field["constraints"]): Field => ({
  name,
  type,
  description,
  ...(extra ? { constraints: extra } : {}),
});
export const fk = (field: string, resource: string, ref: string): ForeignKey => ({ fields: field, reference: { resource, fields: ref } });
export const schema = (fields: Field[], primaryKey: string | string[], foreignKeys: ForeignKey[] = []): TableSchema => ({
  fields,
  primaryKey,
  ...(foreignKeys.length ? { foreignKeys } : {}),
  missingValues: [""],
});
