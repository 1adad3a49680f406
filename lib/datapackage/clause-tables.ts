// The data package's tables of what agreements say: the provision and scope vocabularies, the clauses, their
// texts with their provenance, and the scope readings.
import type { CatalogueRows } from "../data/catalogue-rows";
import { basisColumn, confidenceColumn, curatorNote, evidenceNote, idColumn, idOf, ofAgreement, positionColumn } from "./columns";
import type { StableIds } from "./ids";
import { CONFIDENCE, defineTable, opt, req, type Table } from "./table-schema";

type Vocabulary = { key: string; label: string; description: string; sortOrder: number };

/** Provisions and scope categories: a keyed, ordered vocabulary. */
function vocabularyTable(rows: Vocabulary[], name: string, title: string, description: string, keyText: string, orderText: string): Table {
  return defineTable(rows, name, title, {
    description,
    columns: [
      req("key", keyText, (v) => v.key, { unique: true }),
      req("label", "Label.", (v) => v.label),
      req("description", "Description.", (v) => v.description),
      positionColumn(orderText, (v) => v.sortOrder),
    ],
  });
}

/** Clauses in document order. */
function clausesTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.clauses, "clauses", "Clauses", {
    description:
      "Clauses of each agreement in document order, with the provision each expresses; a clause with a readout_id is a statement of that readout, not of the agreed text.",
    columns: ofAgreement("agreement slug / position.", ids.clauseId, [
      opt("provision_key", "Provision; empty for a treaty's article that no provision fits.", (c) => c.provision?.key ?? null, {
        references: "provisions.key",
      }),
      positionColumn("Order in the document.", (c) => c.position),
      req("label", "Where it stands in the document (e.g. Item 48, Art. 7).", (c) => c.label),
      opt("number", "A treaty unit's number as printed (7, 29(2)(b)).", (c) => c.number),
      opt("heading", "A treaty unit's heading as printed.", (c) => c.heading),
      opt(
        "divisions",
        "The divisions that hold the unit, outermost first, separated by ' / '.",
        (c) => c.divisions?.split("\n").join(" / ") ?? null,
      ),
      opt("anchor", "Where the unit is on the agreement's page (#art-7).", (c) => c.anchor),
      curatorNote(),
      opt(
        "readout_id",
        "The readout this statement belongs to; empty for the agreement's own text.",
        (c) => idOf(ids.readoutId, c.readoutPk),
        {
          references: "readouts.id",
        },
      ),
    ]),
  });
}

/** Each clause's texts with their provenance. */
function textsTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.texts, "texts", "Clause texts", {
    description: "Each clause's text in each language, with its provenance: form, translation flag and confidence.",
    columns: [
      idColumn("clause id / position.", ids.textId),
      req("clause_id", "Clause.", (t) => ids.clauseId.get(t.clausePk) ?? "", { references: "clauses.id" }),
      positionColumn("Order of the texts of a clause.", (t) => t.position),
      req("language", "BCP 47 language tag.", (t) => t.language),
      req("text", "The text: verbatim, a truncated copy or a paraphrase, as form says.", (t) => t.text),
      req("form", "verbatim, truncated (the stored copy stops) or paraphrase.", (t) => t.form, {
        enum: ["verbatim", "truncated", "paraphrase"],
      }),
      req("is_translation", "Whether the text is a translation rather than the original.", (t) => t.isTranslation, { type: "boolean" }),
      opt("translated_by", "Who translated it, for a translation.", (t) => t.translatedBy),
      confidenceColumn("Curator's confidence in the wording."),
      opt("note", "Note on the text (who translated it, what is missing…).", (t) => t.note),
    ],
  });
}

/** Scope readings per agreement and category. */
function scopeReadingsTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.readings, "scope_readings", "Scope readings", {
    description: "For each agreement and activity category: covered, not covered or silent, and on what basis.",
    columns: ofAgreement("agreement / category / order.", ids.readingId, [
      req("category_key", "Scope category.", (r) => r.category.key, { references: "scope_categories.key" }),
      req("position", "covered, not-covered or silent.", (r) => r.position, { enum: ["covered", "not-covered", "silent"] }),
      basisColumn("What the reading rests on: the text, an official statement, the press or an expert."),
      opt("confidence", "Curator's confidence in the reading (empty in versions imported before it was recorded).", (r) => r.confidence, {
        enum: CONFIDENCE,
      }),
      evidenceNote(),
    ]),
  });
}

/** In the order the package lists them. */
export function clauseTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [
    vocabularyTable(
      d.provisions,
      "provisions",
      "Provisions",
      "The alignment keys of comparisons: what a clause expresses.",
      "Provision key.",
      "Row order in comparisons.",
    ),
    vocabularyTable(
      d.categories,
      "scope_categories",
      "Scope categories",
      "Activity categories whose coverage is read for each agreement.",
      "Category key.",
      "Order.",
    ),
    clausesTable(d, ids),
    textsTable(d, ids),
    scopeReadingsTable(d, ids),
  ];
}
