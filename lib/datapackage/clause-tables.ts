// The data package's tables of what agreements say: the provision and scope vocabularies, the clauses, their
// texts with their provenance, and the scope readings.
import type { CatalogueRows } from "../data/catalogue-rows";
import type { StableIds } from "./ids";
import { CONFIDENCE, fk, opt, req, schema, type Table } from "./table-schema";

/** Provisions and scope categories: a keyed, ordered vocabulary. */
function vocabularyTable(
  name: string,
  title: string,
  description: string,
  keyText: string,
  orderText: string,
  rows: { key: string; label: string; description: string; sortOrder: number }[],
): Table {
  return {
    name,
    title,
    description,
    schema: schema(
      [
        req("key", keyText, "string", { unique: true }),
        req("label", "Label."),
        req("description", "Description."),
        req("position", orderText, "integer"),
      ],
      "key",
    ),
    rows: rows.map((r) => ({ key: r.key, label: r.label, description: r.description, position: r.sortOrder })),
  };
}

/** The provisions: what a clause expresses. */
function provisionsTable(d: CatalogueRows): Table {
  return vocabularyTable(
    "provisions",
    "Provisions",
    "The alignment keys of comparisons: what a clause expresses.",
    "Provision key.",
    "Row order in comparisons.",
    d.provisions,
  );
}

/** The activity categories of scope readings. */
function scopeCategoriesTable(d: CatalogueRows): Table {
  return vocabularyTable(
    "scope_categories",
    "Scope categories",
    "Activity categories whose coverage is read for each agreement.",
    "Category key.",
    "Order.",
    d.categories,
  );
}

/** Clauses in document order. */
function clausesTable(d: CatalogueRows, ids: StableIds): Table {
  const { clauseId, readoutId } = ids;
  return {
    name: "clauses",
    title: "Clauses",
    description:
      "Clauses of each agreement in document order, with the provision each expresses; a clause with a readout_id is a statement of that readout, not of the agreed text.",
    schema: schema(
      [
        req("id", "agreement slug / position.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("provision_key", "Provision."),
        req("position", "Order in the document.", "integer"),
        req("label", "Where it stands in the document (e.g. Item 48)."),
        opt("note", "Curator's note."),
        opt("readout_id", "The readout this statement belongs to; empty for the agreement's own text."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("provision_key", "provisions", "key"), fk("readout_id", "readouts", "id")],
    ),
    rows: d.clauses.map((c) => ({
      id: clauseId.get(c.pk) ?? "",
      agreement_slug: c.agreement.slug,
      provision_key: c.provision.key,
      position: c.position,
      label: c.label,
      note: c.note,
      readout_id: c.readoutPk === null ? null : (readoutId.get(c.readoutPk) ?? null),
    })),
  };
}

/** Each clause's texts with their provenance. */
function textsTable(d: CatalogueRows, ids: StableIds): Table {
  const { clauseId, textId } = ids;
  return {
    name: "texts",
    title: "Clause texts",
    description: "Each clause's text in each language, with its provenance: form, translation flag and confidence.",
    schema: schema(
      [
        req("id", "clause id / position.", "string", { unique: true }),
        req("clause_id", "Clause."),
        req("position", "Order of the texts of a clause.", "integer"),
        req("language", "BCP 47 language tag."),
        req("text", "The text: verbatim, a truncated copy or a paraphrase, as form says."),
        req("form", "verbatim, truncated (the stored copy stops) or paraphrase.", "string", {
          enum: ["verbatim", "truncated", "paraphrase"],
        }),
        req("is_translation", "Whether the text is a translation rather than the original.", "boolean"),
        opt("translated_by", "Who translated it, for a translation."),
        req("confidence", "Curator's confidence in the wording.", "string", { enum: CONFIDENCE }),
        opt("note", "Note on the text (who translated it, what is missing…)."),
      ],
      "id",
      [fk("clause_id", "clauses", "id")],
    ),
    rows: d.texts.map((t) => ({
      id: textId.get(t.pk) ?? "",
      clause_id: clauseId.get(t.clausePk) ?? "",
      position: t.position,
      language: t.language,
      text: t.text,
      form: t.form,
      is_translation: t.isTranslation,
      translated_by: t.translatedBy,
      confidence: t.confidence,
      note: t.note,
    })),
  };
}

/** Scope readings per agreement and category. */
function scopeReadingsTable(d: CatalogueRows, ids: StableIds): Table {
  const { readingId } = ids;
  return {
    name: "scope_readings",
    title: "Scope readings",
    description: "For each agreement and activity category: covered, not covered or silent, and on what basis.",
    schema: schema(
      [
        req("id", "agreement / category / order.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("category_key", "Scope category."),
        req("position", "covered, not-covered or silent.", "string", { enum: ["covered", "not-covered", "silent"] }),
        req("basis", "What the reading rests on: the text, an official statement, the press or an expert.", "string", {
          enum: ["text", "official", "press", "expert"],
        }),
        opt("confidence", "Curator's confidence in the reading (empty in versions imported before it was recorded).", "string", {
          enum: CONFIDENCE,
        }),
        req("note", "Evidence in a sentence."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("category_key", "scope_categories", "key")],
    ),
    rows: d.readings.map((r) => ({
      id: readingId.get(r.pk) ?? "",
      agreement_slug: r.agreement.slug,
      category_key: r.category.key,
      position: r.position,
      basis: r.basis,
      confidence: r.confidence,
      note: r.note,
    })),
  };
}

/** In the order the package lists them. */
export function clauseTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [provisionsTable(d), scopeCategoriesTable(d), clausesTable(d, ids), textsTable(d, ids), scopeReadingsTable(d, ids)];
}
