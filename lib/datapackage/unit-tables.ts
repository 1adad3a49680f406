// The data package's tables of treaty structure and text reuse: the alignments curators confirmed between the
// units of two documents, and the version's reuse index (for each clause text, the clauses elsewhere that hold
// most of its wording).
import type { CatalogueRows } from "../data/catalogue-rows";
import { agreementSlug, positionColumn } from "./columns";
import type { StableIds } from "./ids";
import { defineTable, opt, req, type Table } from "./table-schema";

const numbers = (list: string) => list.split("\n").join(" ");

export function unitTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [
    defineTable(d.alignments, "alignments", "Confirmed alignments", {
      description: "Units (articles, paragraphs) of one document that a curator confirmed as the counterparts of units of another.",
      columns: [
        req("id", "agreement slug / a + order.", (a) => `${a.agreement.slug}/a${a.position + 1}`, { unique: true }),
        agreementSlug(),
        positionColumn("Order in the agreement's file.", (a) => a.position),
        req("with_slug", "The other document.", (a) => a.otherSlug, { references: "agreements.slug" }),
        req("these", "This document's unit numbers, space-separated.", (a) => numbers(a.these)),
        req("those", "The other document's unit numbers, space-separated.", (a) => numbers(a.those)),
        req("kind", "How they correspond.", (a) => a.kind, { enum: ["one-to-one", "renumbered", "moved", "split", "merged"] }),
        req("confirmed_by", "Who confirmed it.", (a) => a.confirmedBy),
        opt("note", "Note on the pair.", (a) => a.note),
      ],
    }),
    defineTable(d.reuse, "reuse", "Text reuse", {
      description:
        "For each clause text, the clauses of other agreements that hold most of its wording in the same language, closest first (shared 5-grams, computed at import).",
      columns: [
        req("id", "clause id / language / rank.", (r) => `${ids.clauseId.get(r.clausePk) ?? ""}/${r.language}/${r.rank + 1}`, {
          unique: true,
        }),
        req("clause_id", "The clause whose wording is measured.", (r) => ids.clauseId.get(r.clausePk) ?? "", { references: "clauses.id" }),
        req("language", "BCP 47 language tag of the texts compared.", (r) => r.language),
        req("rank", "1 for the closest.", (r) => r.rank + 1, { type: "integer" }),
        req("other_clause_id", "The clause elsewhere that holds it.", (r) => ids.clauseId.get(r.toClausePk) ?? "", {
          references: "clauses.id",
        }),
        req("share", "How much of the clause's wording the other holds, 0–1.", (r) => Math.round(r.share * 1000) / 1000, {
          type: "number",
        }),
      ],
    }),
  ];
}
