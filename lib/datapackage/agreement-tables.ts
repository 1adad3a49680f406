// The data package's tables of agreements: the agreements themselves, the judgements about them, their
// readouts, and the parties each binds.
import type { CatalogueRows } from "../data/catalogue-rows";
import { agreementSlug, basisColumn, curatorNote, dated, evidenceNote, keyColumn, ofAgreement, positionColumn } from "./columns";
import type { StableIds } from "./ids";
import { defineTable, opt, req, type Table } from "./table-schema";

/** One row per agreement. */
function agreementsTable(d: CatalogueRows): Table {
  return defineTable(d.agreements, "agreements", "Agreements", {
    description: "One row per agreement or statement, in catalogue (date) order.",
    columns: [
      req("slug", "Stable identifier used in every URL.", (a) => a.slug, { unique: true, pattern: "[a-z0-9]+(-[a-z0-9]+)*" }),
      req("title", "Full title.", (a) => a.title),
      req("short_title", "Short title used in tables.", (a) => a.shortTitle),
      req("form", "Form of the document (joint statement, fact sheet, communiqué…).", (a) => a.form),
      opt("legal_character", "Political commitment or binding; empty: not assessed (basis in judgements).", (a) => a.legalCharacter, {
        enum: ["political-commitment", "binding"],
      }),
      opt("forum", "Forum where it was made.", (a) => a.forum),
      opt("status", "Active, superseded or lapsed; empty: not assessed (basis in judgements).", (a) => a.status, {
        enum: ["active", "superseded", "lapsed"],
      }),
      opt("status_note", "Note on the status.", (a) => a.statusNote),
      opt("superseded_by", "Successor (slug or text).", (a) => a.supersededBy),
      opt("extent", "Whether the clauses are the whole text or the parts seen; empty: not said.", (a) => a.extent, {
        enum: ["whole", "partial"],
      }),
      opt("extent_note", "What of the text was seen and what was not.", (a) => a.extentNote),
      ...dated("Date of the agreement, ISO 8601 to the precision known."),
      req("year", "Year of the agreement.", (a) => a.year, { type: "integer" }),
      req("summary", "Pactdiff's summary.", (a) => a.summary),
      positionColumn("Order in the catalogue (date order).", (a) => a.sortOrder),
    ],
  });
}

/** Coded judgements about a document, with their basis. */
function judgementsTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.judgements, "judgements", "Judgements", {
    description:
      "Coded judgements about a document (legal character, status), each with its basis; sources in citations. A field without a row is not assessed.",
    columns: ofAgreement("agreement / field.", ids.judgementId, [
      req("field", "What is judged.", (j) => j.field, { enum: ["legal-character", "status"] }),
      req("value", "The judgement.", (j) => j.value),
      basisColumn("What it rests on: the text, an official statement, the press or an expert."),
      evidenceNote(),
    ]),
  });
}

/** Each party's own account of an agreement. */
function readoutsTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.readouts, "readouts", "Readouts", {
    description:
      "Each party's (or outlet's) own account of an agreement: fact sheets, outcome lists, spoken words as transcribed. Their statements are clauses with a readout_id.",
    columns: ofAgreement("agreement / readout key.", ids.readoutId, [
      keyColumn(),
      opt("party_code", "The party that issued it or whose words it gives.", (r) => r.partyCode, { references: "parties.code" }),
      req("issued_by", "Who issued or spoke it.", (r) => r.issuedBy),
      req("title", "Title.", (r) => r.title),
      ...dated(),
      req("kind", "Kind of readout.", (r) => r.kind, {
        enum: ["fact-sheet", "outcome-list", "media-release", "statement", "remarks", "transcription"],
      }),
      curatorNote(),
    ]),
  });
}

/** States and groups, and which of them each agreement binds. */
function partyTables(d: CatalogueRows): Table[] {
  const parties = defineTable(d.parties, "parties", "Parties", {
    description: "States and groups that are parties to agreements.",
    columns: [
      req("code", "ISO 3166-1 alpha-3, or a group code such as G20.", (p) => p.code, { unique: true }),
      req("name", "Name.", (p) => p.name),
    ],
  });
  const agreementParties = defineTable(d.agreementParties, "agreement_parties", "Agreement parties", {
    description: "Which parties each agreement binds, in the order the document names them.",
    primaryKey: ["agreement_slug", "party_code"],
    columns: [
      agreementSlug(),
      req("party_code", "Party.", (p) => p.party.code, { references: "parties.code" }),
      positionColumn("Order of the party in the agreement.", (p) => p.position),
    ],
  });
  return [parties, agreementParties];
}

/** In the order the package lists them. */
export function agreementTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [agreementsTable(d), judgementsTable(d, ids), readoutsTable(d, ids), ...partyTables(d)];
}
