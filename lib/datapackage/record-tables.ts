// The data package's tables of the record around the texts: dated events, compliance assessments, the
// sources cited, the corrections of claims in circulation, and the citations that tie sources to everything.
import { SOURCE_KINDS } from "@/lib/domain/codes";
import type { CatalogueRows } from "../data/catalogue-rows";
import { confidenceColumn, dated, idOf, keyColumn, ofAgreement, positionColumn, seen, titleAsSeen } from "./columns";
import type { StableIds } from "./ids";
import { defineTable, opt, PARTIAL_DATE, req, type Column, type Table } from "./table-schema";

type Event = CatalogueRows["events"][number];

/** What events and assessments end with: description, confidence, the other agreements concerned, the copy's origin. */
function eventTail(alsoConcerns: string): Column<Event>[] {
  return [
    opt("description", "Description.", (e) => e.description),
    confidenceColumn("Curator's confidence."),
    opt("also_concerns", alsoConcerns, (e) => e.alsoConcerns?.replaceAll(",", " ") ?? null),
    opt("shared_from", "For a copy shown with this agreement: the agreement whose file records it.", (e) => e.sharedFrom, {
      references: "agreements.slug",
    }),
  ];
}

/** Dated happenings (assessments excluded), and the assessments of compliance. */
function eventTables(d: CatalogueRows, ids: StableIds): Table[] {
  const happenings = d.events.filter((e) => !ids.isAssessment(e.kind));
  const events = defineTable(happenings, "events", "Events", {
    description: "Dated happenings of each agreement (announced, agreed, meetings…), assessments excluded.",
    columns: ofAgreement("agreement / e{n}.", ids.eventId, [
      req("kind", "Kind of event.", (e) => e.kind),
      ...dated(),
      req("title", "Title.", (e) => e.title),
      ...eventTail("Other agreements it is about (slugs, space-separated)."),
    ]),
  });
  const assessed = d.events.filter((e) => ids.isAssessment(e.kind));
  const assessments = defineTable(assessed, "assessments", "Assessments", {
    description: "Assessments of compliance: who assessed, when, and what they found.",
    columns: ofAgreement("agreement / e{n}.", ids.eventId, [
      ...dated(),
      req("title", "Title.", (e) => e.title),
      opt("assessor", "Who assessed.", (e) => e.assessor),
      opt("finding", "What they found.", (e) => e.finding),
      ...eventTail("Other agreements it assesses (slugs, space-separated)."),
    ]),
  });
  return [events, assessments];
}

/** Sources each agreement cites. */
function sourcesTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.sources, "sources", "Sources", {
    description: "Sources each agreement's entries cite, with their kind and reliability notes.",
    columns: ofAgreement("agreement / source key.", ids.sourceId, [
      keyColumn(),
      opt(
        "evidence_id",
        "What was seen of the source (evidence.csv); empty in versions imported before the evidence archive.",
        (s) => s.evidence?.key ?? null,
        { references: "evidence.id" },
      ),
      ...titleAsSeen(),
      opt("date", seen("Date of publication", ", ISO 8601 to the precision known"), (s) => s.date, { pattern: PARTIAL_DATE }),
      opt("url", "Address.", (s) => s.url),
      req("kind", `${SOURCE_KINDS.join(", ")}.`, (s) => s.kind, { enum: [...SOURCE_KINDS] }),
      opt("reliability", "Reliability notes.", (s) => s.reliability),
    ]),
  });
}

/** Claims the sources contradict. */
function correctionsTable(d: CatalogueRows, ids: StableIds): Table {
  return defineTable(d.corrections, "corrections", "Corrections", {
    description: "Claims in circulation that the sources contradict, with the source that made the claim.",
    columns: ofAgreement("agreement / c{n}.", ids.correctionId, [
      req("claim", "The claim as circulated.", (c) => c.claim),
      req("claimed_by", "Source that made the claim.", (c) => `${c.agreement.slug}/${c.claimedBy}`, { references: "sources.id" }),
      req("correction", "What the sources say.", (c) => c.correction),
    ]),
  });
}

/** Which source supports what. */
function citationsTable(d: CatalogueRows, ids: StableIds): Table {
  const { eventId, assessmentPks } = ids;
  const event = (pk: number | null, assessment: boolean) =>
    pk !== null && assessmentPks.has(pk) === assessment ? idOf(eventId, pk) : null;
  return defineTable(d.citations, "citations", "Citations", {
    description:
      "Which source (with pinpoint) supports each text, scope reading, event, assessment, correction or judgement; exactly one of the six subject columns is set.",
    columns: [
      req("id", "Citation number.", (_c, i) => `c${i + 1}`, { unique: true }),
      req("source_id", "Source.", (c) => ids.sourceId.get(c.sourcePk) ?? "", { references: "sources.id" }),
      opt("pinpoint", "Where in the source.", (c) => c.pinpoint),
      positionColumn("Order among the citations of the subject.", (c) => c.position),
      opt("text_id", "Clause text cited for.", (c) => idOf(ids.textId, c.clauseTextPk), { references: "texts.id" }),
      opt("reading_id", "Scope reading cited for.", (c) => idOf(ids.readingId, c.readingPk), { references: "scope_readings.id" }),
      opt("event_id", "Event cited for.", (c) => event(c.eventPk, false), { references: "events.id" }),
      opt("assessment_id", "Assessment cited for.", (c) => event(c.eventPk, true), { references: "assessments.id" }),
      opt("correction_id", "Correction cited for.", (c) => idOf(ids.correctionId, c.correctionPk), { references: "corrections.id" }),
      opt("judgement_id", "Judgement cited for.", (c) => idOf(ids.judgementId, c.judgementPk), { references: "judgements.id" }),
    ],
  });
}

/** In the order the package lists them. */
export function recordTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [...eventTables(d, ids), sourcesTable(d, ids), correctionsTable(d, ids), citationsTable(d, ids)];
}
