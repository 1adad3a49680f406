// The data package's tables of the record around the texts: dated events, compliance assessments, the
// sources cited, the corrections of claims in circulation, and the citations that tie sources to everything.
import type { CatalogueRows } from "../data/catalogue-rows";
import type { StableIds } from "./ids";
import { CONFIDENCE, fk, opt, PARTIAL_DATE, req, schema, type Table } from "./table-schema";

/** Dated happenings, assessments excluded. */
function eventsTable(d: CatalogueRows, ids: StableIds): Table {
  const { eventId, isAssessment } = ids;
  return {
    name: "events",
    title: "Events",
    description: "Dated happenings of each agreement (announced, agreed, meetings…), assessments excluded.",
    schema: schema(
      [
        req("id", "agreement / e{n}.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("kind", "Kind of event."),
        req("date", "ISO 8601 to the precision known.", "string", { pattern: PARTIAL_DATE }),
        req("date_precision", "Precision of the date.", "string", { enum: ["year", "month", "day"] }),
        req("title", "Title."),
        opt("description", "Description."),
        req("confidence", "Curator's confidence.", "string", { enum: CONFIDENCE }),
        opt("also_concerns", "Other agreements it is about (slugs, space-separated)."),
        opt("shared_from", "For a copy shown with this agreement: the agreement whose file records it.", "string"),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("shared_from", "agreements", "slug")],
    ),
    rows: d.events
      .filter((e) => !isAssessment(e.kind))
      .map((e) => ({
        id: eventId.get(e.pk) ?? "",
        agreement_slug: e.agreement.slug,
        kind: e.kind,
        date: e.date,
        date_precision: e.datePrecision,
        title: e.title,
        description: e.description,
        confidence: e.confidence,
        also_concerns: e.alsoConcerns?.replaceAll(",", " ") ?? null,
        shared_from: e.sharedFrom,
      })),
  };
}

/** Assessments of compliance. */
function assessmentsTable(d: CatalogueRows, ids: StableIds): Table {
  const { eventId, isAssessment } = ids;
  return {
    name: "assessments",
    title: "Assessments",
    description: "Assessments of compliance: who assessed, when, and what they found.",
    schema: schema(
      [
        req("id", "agreement / e{n}.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("date", "ISO 8601 to the precision known.", "string", { pattern: PARTIAL_DATE }),
        req("date_precision", "Precision of the date.", "string", { enum: ["year", "month", "day"] }),
        req("title", "Title."),
        opt("assessor", "Who assessed."),
        opt("finding", "What they found."),
        opt("description", "Description."),
        req("confidence", "Curator's confidence.", "string", { enum: CONFIDENCE }),
        opt("also_concerns", "Other agreements it assesses (slugs, space-separated)."),
        opt("shared_from", "For a copy shown with this agreement: the agreement whose file records it.", "string"),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("shared_from", "agreements", "slug")],
    ),
    rows: d.events
      .filter((e) => isAssessment(e.kind))
      .map((e) => ({
        id: eventId.get(e.pk) ?? "",
        agreement_slug: e.agreement.slug,
        date: e.date,
        date_precision: e.datePrecision,
        title: e.title,
        assessor: e.assessor,
        finding: e.finding,
        description: e.description,
        confidence: e.confidence,
        also_concerns: e.alsoConcerns?.replaceAll(",", " ") ?? null,
        shared_from: e.sharedFrom,
      })),
  };
}

/** Sources each agreement cites. */
function sourcesTable(d: CatalogueRows, ids: StableIds): Table {
  const { sourceId } = ids;
  return {
    name: "sources",
    title: "Sources",
    description: "Sources each agreement's entries cite, with their kind and reliability notes.",
    schema: schema(
      [
        req("id", "agreement / source key.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("key", "Key within the agreement."),
        opt("evidence_id", "What was seen of the source (evidence.csv); empty in versions imported before the evidence archive."),
        opt("title", "Title as the source shows it; empty: not seen."),
        opt("publisher", "Publisher as the source shows it; empty: not seen."),
        opt("date", "Date of publication as the source shows it, ISO 8601 to the precision known; empty: not seen.", "string", {
          pattern: PARTIAL_DATE,
        }),
        opt("url", "Address."),
        req("kind", "primary, official-copy, press or analysis.", "string", { enum: ["primary", "official-copy", "press", "analysis"] }),
        opt("reliability", "Reliability notes."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("evidence_id", "evidence", "id")],
    ),
    rows: d.sources.map((s) => ({
      id: sourceId.get(s.pk) ?? "",
      agreement_slug: s.agreement.slug,
      key: s.key,
      evidence_id: s.evidence?.key ?? null,
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      url: s.url,
      kind: s.kind,
      reliability: s.reliability,
    })),
  };
}

/** Claims the sources contradict. */
function correctionsTable(d: CatalogueRows, ids: StableIds): Table {
  const { correctionId } = ids;
  return {
    name: "corrections",
    title: "Corrections",
    description: "Claims in circulation that the sources contradict, with the source that made the claim.",
    schema: schema(
      [
        req("id", "agreement / c{n}.", "string", { unique: true }),
        req("agreement_slug", "Agreement."),
        req("claim", "The claim as circulated."),
        req("claimed_by", "Source that made the claim."),
        req("correction", "What the sources say."),
      ],
      "id",
      [fk("agreement_slug", "agreements", "slug"), fk("claimed_by", "sources", "id")],
    ),
    rows: d.corrections.map((c) => ({
      id: correctionId.get(c.pk) ?? "",
      agreement_slug: c.agreement.slug,
      claim: c.claim,
      claimed_by: `${c.agreement.slug}/${c.claimedBy}`,
      correction: c.correction,
    })),
  };
}

/** Which source supports what. */
function citationsTable(d: CatalogueRows, ids: StableIds): Table {
  const { textId, readingId, eventId, sourceId, judgementId, correctionId, assessmentPks } = ids;
  return {
    name: "citations",
    title: "Citations",
    description:
      "Which source (with pinpoint) supports each text, scope reading, event, assessment, correction or judgement; exactly one of the six subject columns is set.",
    schema: schema(
      [
        req("id", "Citation number.", "string", { unique: true }),
        req("source_id", "Source."),
        opt("pinpoint", "Where in the source."),
        req("position", "Order among the citations of the subject.", "integer"),
        opt("text_id", "Clause text cited for."),
        opt("reading_id", "Scope reading cited for."),
        opt("event_id", "Event cited for."),
        opt("assessment_id", "Assessment cited for."),
        opt("correction_id", "Correction cited for."),
        opt("judgement_id", "Judgement cited for."),
      ],
      "id",
      [
        fk("source_id", "sources", "id"),
        fk("text_id", "texts", "id"),
        fk("reading_id", "scope_readings", "id"),
        fk("event_id", "events", "id"),
        fk("assessment_id", "assessments", "id"),
        fk("correction_id", "corrections", "id"),
        fk("judgement_id", "judgements", "id"),
      ],
    ),
    rows: d.citations.map((c, i) => ({
      id: `c${i + 1}`,
      source_id: sourceId.get(c.sourcePk) ?? "",
      pinpoint: c.pinpoint,
      position: c.position,
      text_id: c.clauseTextPk === null ? null : (textId.get(c.clauseTextPk) ?? null),
      reading_id: c.readingPk === null ? null : (readingId.get(c.readingPk) ?? null),
      event_id: c.eventPk !== null && !assessmentPks.has(c.eventPk) ? (eventId.get(c.eventPk) ?? null) : null,
      assessment_id: c.eventPk !== null && assessmentPks.has(c.eventPk) ? (eventId.get(c.eventPk) ?? null) : null,
      correction_id: c.correctionPk === null ? null : (correctionId.get(c.correctionPk) ?? null),
      judgement_id: c.judgementPk === null ? null : (judgementId.get(c.judgementPk) ?? null),
    })),
  };
}

/** In the order the package lists them. */
export function recordTables(d: CatalogueRows, ids: StableIds): Table[] {
  return [eventsTable(d, ids), assessmentsTable(d, ids), sourcesTable(d, ids), correctionsTable(d, ids), citationsTable(d, ids)];
}
