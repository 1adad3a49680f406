// The data package's tables of agreements: the agreements themselves, the judgements about them, their
// readouts, and the parties each binds.
import type { CatalogueRows } from "../data/catalogue-rows";
import type { StableIds } from "./ids";
import { fk, opt, PARTIAL_DATE, req, schema, type Table } from "./table-schema";

/** One row per agreement. */
function agreementsTable(d: CatalogueRows): Table {
  return {
    name: "agreements",
    title: "Agreements",
    description: "One row per agreement or statement, in catalogue (date) order.",
    schema: schema(
      [
        req("slug", "Stable identifier used in every URL.", "string", { unique: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" }),
        req("title", "Full title."),
        req("short_title", "Short title used in tables."),
        req("form", "Form of the document (joint statement, fact sheet, communiqué…)."),
        opt("legal_character", "Political commitment or binding; empty: not assessed (basis in judgements).", "string", {
          enum: ["political-commitment", "binding"],
        }),
        opt("forum", "Forum where it was made."),
        opt("status", "Active, superseded or lapsed; empty: not assessed (basis in judgements).", "string", {
          enum: ["active", "superseded", "lapsed"],
        }),
        opt("status_note", "Note on the status."),
        opt("superseded_by", "Successor (slug or text)."),
        req("date", "Date of the agreement, ISO 8601 to the precision known.", "string", { pattern: PARTIAL_DATE }),
        req("date_precision", "Precision of the date.", "string", { enum: ["year", "month", "day"] }),
        req("year", "Year of the agreement.", "integer"),
        req("summary", "Pactdiff's summary."),
        req("position", "Order in the catalogue.", "integer"),
      ],
      "slug",
    ),
    rows: d.agreements.map((a) => ({
      slug: a.slug,
      title: a.title,
      short_title: a.shortTitle,
      form: a.form,
      legal_character: a.legalCharacter,
      forum: a.forum,
      status: a.status,
      status_note: a.statusNote,
      superseded_by: a.supersededBy,
      date: a.date,
      date_precision: a.datePrecision,
      year: a.year,
      summary: a.summary,
      position: a.sortOrder,
    })),
  };
}

/** Coded judgements about a document, with their basis. */
function judgementsTable(d: CatalogueRows, ids: StableIds): Table {
  const { judgementId } = ids;
  return {
    name: "judgements",
    title: "Judgements",
    description:
      "Coded judgements about a document (legal character, status), each with its basis; sources in citations. A field without a row is not assessed.",
    schema: schema(
      [
        req("id", "agreement / field.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("field", "What is judged.", "string", { enum: ["legal-character", "status"] }),
        req("value", "The judgement."),
        req("basis", "What it rests on: the text, an official statement, the press or an expert.", "string", {
          enum: ["text", "official", "press", "expert"],
        }),
        req("note", "Evidence in a sentence."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug")],
    ),
    rows: d.judgements.map((j) => ({
      id: judgementId.get(j.pk) ?? "",
      agreement_slug: j.agreement.slug,
      field: j.field,
      value: j.value,
      basis: j.basis,
      note: j.note,
    })),
  };
}

/** Each party's own account of an agreement. */
function readoutsTable(d: CatalogueRows, ids: StableIds): Table {
  const { readoutId } = ids;
  return {
    name: "readouts",
    title: "Readouts",
    description:
      "Each party's (or outlet's) own account of an agreement: fact sheets, outcome lists, spoken words as transcribed. Their statements are clauses with a readout_id.",
    schema: schema(
      [
        req("id", "agreement / readout key.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("key", "Key within the agreement."),
        opt("party_code", "The party that issued it or whose words it gives."),
        req("issued_by", "Who issued or spoke it."),
        req("title", "Title."),
        req("date", "ISO 8601 to the precision known.", "string", { pattern: PARTIAL_DATE }),
        req("date_precision", "Precision of the date.", "string", { enum: ["year", "month", "day"] }),
        req("kind", "Kind of readout.", "string", {
          enum: ["fact-sheet", "outcome-list", "media-release", "statement", "remarks", "transcription"],
        }),
        opt("note", "Curator's note."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("party_code", "parties", "code")],
    ),
    rows: d.readouts.map((r) => ({
      id: readoutId.get(r.pk) ?? "",
      agreement_slug: r.agreement.slug,
      key: r.key,
      party_code: r.partyCode,
      issued_by: r.issuedBy,
      title: r.title,
      date: r.date,
      date_precision: r.datePrecision,
      kind: r.kind,
      note: r.note,
    })),
  };
}

/** States and groups. */
function partiesTable(d: CatalogueRows): Table {
  return {
    name: "parties",
    title: "Parties",
    description: "States and groups that are parties to agreements.",
    schema: schema(
      [req("code", "ISO 3166-1 alpha-3, or a group code such as G20.", "string", { unique: true }), req("name", "Name.")],
      "code",
    ),
    rows: d.parties.map((p) => ({ code: p.code, name: p.name })),
  };
}

/** Which parties each agreement binds. */
function agreementPartiesTable(d: CatalogueRows): Table {
  return {
    name: "agreement_parties",
    title: "Agreement parties",
    description: "Which parties each agreement binds, in the order the document names them.",
    schema: schema(
      [
        req("agreement_slug", "Agreement."),
        req("party_code", "Party."),
        req("position", "Order of the party in the agreement.", "integer"),
      ],
      ["agreement_slug", "party_code"],
      [fk("agreement_slug", "agreements", "slug"), fk("party_code", "parties", "code")],
    ),
    rows: d.agreementParties.map((p) => ({ agreement_slug: p.agreement.slug, party_code: p.party.code, position: p.position })),
  };
}

/** In the order the package lists them. */
export function agreementTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [agreementsTable(d), judgementsTable(d, ids), readoutsTable(d, ids), partiesTable(d), agreementPartiesTable(d)];
}
