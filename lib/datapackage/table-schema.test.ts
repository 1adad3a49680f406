import { describe, expect, it } from "vitest";
import { ofAgreement } from "./columns";
import { defineTable, opt, req } from "./table-schema";

const rows = [
  { pk: 7, agreement: { slug: "a" }, kind: "x", count: 2, note: null },
  { pk: 9, agreement: { slug: "b" }, kind: "y", count: 0, note: "n" },
];
const ids = new Map([
  [7, "a/1"],
  [9, "b/1"],
]);

describe("a table declared once, as columns", () => {
  const table = defineTable(rows, "things", "Things", {
    description: "Things.",
    columns: ofAgreement("agreement / n.", ids, [
      req("kind", "Kind.", (r) => r.kind, { enum: ["x", "y"] }),
      req("count", "Count.", (r) => r.count, { type: "integer" }),
      opt("note", "Note.", (r) => r.note),
      opt("row", "Row number.", (_r, i) => i + 1, { type: "integer", references: "rows.n" }),
    ]),
  });

  it("writes each column's field, required or not, with its constraints", () => {
    expect(table.schema.fields).toEqual([
      { name: "id", type: "string", description: "agreement / n.", constraints: { required: true, unique: true } },
      { name: "agreement_slug", type: "string", description: "Agreement.", constraints: { required: true } },
      { name: "kind", type: "string", description: "Kind.", constraints: { required: true, enum: ["x", "y"] } },
      { name: "count", type: "integer", description: "Count.", constraints: { required: true } },
      { name: "note", type: "string", description: "Note." },
      { name: "row", type: "integer", description: "Row number." },
    ]);
  });

  it("takes the unique column as the primary key and the columns' references as foreign keys, in column order", () => {
    expect(table.schema.primaryKey).toBe("id");
    expect(table.schema.foreignKeys).toEqual([
      { fields: "agreement_slug", reference: { resource: "agreements", fields: "slug" } },
      { fields: "row", reference: { resource: "rows", fields: "n" } },
    ]);
    expect(table.schema.missingValues).toEqual([""]);
  });

  it("reads one cell per column from each row, keyed and ordered as the fields", () => {
    expect(table.rows).toEqual([
      { id: "a/1", agreement_slug: "a", kind: "x", count: 2, note: null, row: 1 },
      { id: "b/1", agreement_slug: "b", kind: "y", count: 0, note: "n", row: 2 },
    ]);
    expect(Object.keys(table.rows[0] ?? {})).toEqual(table.schema.fields.map((f) => f.name));
  });

  it("keeps a composite primary key as named, and leaves out foreign keys when no column has one", () => {
    const pairs = defineTable(rows, "pairs", "Pairs", {
      description: "Pairs.",
      primaryKey: ["kind", "count"],
      columns: [req("kind", "Kind.", (r) => r.kind), req("count", "Count.", (r) => r.count, { type: "integer" })],
    });
    expect(pairs.schema).toEqual({ fields: pairs.schema.fields, primaryKey: ["kind", "count"], missingValues: [""] });
  });

  it("refuses a table without a primary key", () => {
    expect(() => defineTable(rows, "loose", "Loose", { description: "Loose.", columns: [req("kind", "Kind.", (r) => r.kind)] })).toThrow(
      "table loose has no primary key",
    );
  });
});
