// The Frictionless Table Schema of the data package's tables, declared once per table: a list of columns,
// each its field (name, type, description, constraints, the key it points at) and how its value is read from
// a row. defineTable builds a table's schema and its rows from that one list.
// https://specs.frictionlessdata.io/table-schema/

export type FieldType = "string" | "integer" | "number" | "boolean" | "datetime";
type Constraints = { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
export type Field = { name: string; type: FieldType; description: string; constraints?: Constraints };
export type ForeignKey = { fields: string | string[]; reference: { resource: string; fields: string | string[] } };
export type TableSchema = { fields: Field[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[]; missingValues: string[] };
export type Cell = string | number | boolean | null;
export type Table = { name: string; title: string; description: string; schema: TableSchema; rows: Record<string, Cell>[] };

/** One column: its field, the key of another table it points at, and how a row's value is read. */
export type Column<R> = { field: Field; references?: { resource: string; fields: string }; read: (row: R, index: number) => Cell };

/** What a column may say beyond its name: its type (string unless said), constraints, and `table.field` it points at. */
type ColumnOptions = Omit<Constraints, "required"> & { type?: FieldType; references?: `${string}.${string}` };

/** The curator's confidence, in every table that records it. */
export const CONFIDENCE = ["high", "medium", "low", "unconfirmed"];

export const PARTIAL_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

function column<R>(required: boolean, name: string, description: string, read: Column<R>["read"], options: ColumnOptions): Column<R> {
  const { type = "string", references, ...extra } = options;
  const constraints = required ? { required: true, ...extra } : extra;
  const [resource, fields] = references?.split(".") ?? [];
  return {
    field: { name, type, description, ...(Object.keys(constraints).length ? { constraints } : {}) },
    ...(resource && fields ? { references: { resource, fields } } : {}),
    read,
  };
}

/** A column every row fills. */
export const req = <R>(name: string, description: string, read: Column<R>["read"], options: ColumnOptions = {}) =>
  column(true, name, description, read, options);

/** A column that may be empty. */
export const opt = <R>(name: string, description: string, read: Column<R>["read"], options: ColumnOptions = {}) =>
  column(false, name, description, read, options);

type TableSpec<R> = { description: string; primaryKey?: string[]; columns: Column<R>[] };

/**
 * A table of these rows from its columns: the schema's fields and foreign keys in column order, one cell per
 * column in each row. The primary key is the column marked unique, unless the spec names the columns of a
 * composite one. The rows come first so that TypeScript knows the row type when it reads the columns.
 */
export function defineTable<R>(rows: readonly R[], name: string, title: string, { description, primaryKey, columns }: TableSpec<R>): Table {
  const key = primaryKey ?? columns.find((c) => c.field.constraints?.unique)?.field.name;
  if (!key) throw new Error(`table ${name} has no primary key`);
  const foreignKeys = columns.flatMap(({ field, references }) => (references ? [{ fields: field.name, reference: references }] : []));
  return {
    name,
    title,
    description,
    schema: { fields: columns.map((c) => c.field), primaryKey: key, ...(foreignKeys.length ? { foreignKeys } : {}), missingValues: [""] },
    rows: rows.map((row, i) => Object.fromEntries(columns.map((c) => [c.field.name, c.read(row, i)]))),
  };
}
