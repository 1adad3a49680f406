// The whole catalogue of one dataset version as flat tables, each with its Frictionless Table Schema:
// fields, types, constraints, primary and foreign keys. The data package (./build.ts) writes one CSV per
// table; the schemas are what `datapackage.json` declares and what the Frictionless libraries check.
import "server-only";
import { db } from "../db";

import { fk, opt, PARTIAL_DATE, req, schema, type Table } from "./table-schema";
import { evidenceTables } from "./evidence-tables";

export type { Table, TableSchema } from "./table-schema";

const CONFIDENCE = ["high", "medium", "low", "unconfirmed"];

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

/** Reads every row of a dataset version (one query per table, ordered so the files are stable). */
async function read(versionId: string) {
  const agreementOf = { agreement: { versionId } };
  const [
    agreements,
    parties,
    agreementParties,
    provisions,
    categories,
    clauses,
    texts,
    readings,
    events,
    sources,
    corrections,
    citations,
    judgements,
    readouts,
  ] = await Promise.all([
    db.agreement.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.party.findMany({ where: { versionId }, orderBy: { code: "asc" } }),
    db.agreementParty.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { position: "asc" }],
      select: { position: true, agreement: { select: { slug: true } }, party: { select: { code: true } } },
    }),
    db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.clause.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { position: "asc" }],
      select: {
        pk: true,
        position: true,
        label: true,
        note: true,
        readoutPk: true,
        agreement: { select: { slug: true } },
        provision: { select: { key: true } },
      },
    }),
    db.clauseText.findMany({
      where: { clause: agreementOf },
      orderBy: [{ clause: { agreement: { sortOrder: "asc" } } }, { clause: { position: "asc" } }, { position: "asc" }],
      select: {
        pk: true,
        clausePk: true,
        position: true,
        language: true,
        text: true,
        form: true,
        isTranslation: true,
        translatedBy: true,
        confidence: true,
        note: true,
      },
    }),
    db.scopeReading.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: {
        pk: true,
        position: true,
        basis: true,
        confidence: true,
        note: true,
        sortOrder: true,
        agreement: { select: { slug: true } },
        category: { select: { key: true } },
      },
    }),
    db.event.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { date: "asc" }, { sortOrder: "asc" }],
      select: {
        pk: true,
        kind: true,
        date: true,
        datePrecision: true,
        title: true,
        description: true,
        assessor: true,
        finding: true,
        confidence: true,
        alsoConcerns: true,
        sharedFrom: true,
        agreement: { select: { slug: true } },
      },
    }),
    db.source.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { key: "asc" }],
      select: {
        pk: true,
        key: true,
        title: true,
        publisher: true,
        date: true,
        url: true,
        kind: true,
        reliability: true,
        evidence: { select: { key: true } },
        agreement: { select: { slug: true } },
      },
    }),
    db.correction.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: { pk: true, claim: true, claimedBy: true, correction: true, agreement: { select: { slug: true } } },
    }),
    db.citation.findMany({
      where: { source: agreementOf },
      orderBy: { pk: "asc" },
      select: {
        pinpoint: true,
        position: true,
        sourcePk: true,
        clauseTextPk: true,
        readingPk: true,
        eventPk: true,
        correctionPk: true,
        judgementPk: true,
      },
    }),
    db.judgement.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { field: "asc" }],
      select: { pk: true, field: true, value: true, basis: true, note: true, agreement: { select: { slug: true } } },
    }),
    db.readout.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: {
        pk: true,
        key: true,
        partyCode: true,
        issuedBy: true,
        title: true,
        date: true,
        datePrecision: true,
        kind: true,
        note: true,
        agreement: { select: { slug: true } },
      },
    }),
  ]);
  return {
    agreements,
    parties,
    agreementParties,
    provisions,
    categories,
    clauses,
    texts,
    readings,
    events,
    sources,
    corrections,
    citations,
    judgements,
    readouts,
  };
}

/**
 * Stable ids: database keys differ between databases and imports, so rows are named by what they are
 * ("us-china-2015/3" is the third clause of us-china-2015), and the same version gives the same files
 * on SQLite and PostgreSQL.
 */
export async function catalogueTables(versionId: string): Promise<Table[]> {
  const [d, evidence] = await Promise.all([read(versionId), evidenceTables(versionId)]);
  const clauseId = new Map(d.clauses.map((c) => [c.pk, `${c.agreement.slug}/${c.position}`]));
  const textId = new Map(d.texts.map((t) => [t.pk, `${clauseId.get(t.clausePk)}/${t.position}`]));
  const readingId = new Map(d.readings.map((r) => [r.pk, `${r.agreement.slug}/${r.category.key}/${r.sortOrder}`]));
  const eventIndex = new Map<string, number>();
  const eventId = new Map(
    d.events.map((e) => {
      const n = (eventIndex.get(e.agreement.slug) ?? 0) + 1;
      eventIndex.set(e.agreement.slug, n);
      return [e.pk, `${e.agreement.slug}/e${n}`];
    }),
  );
  const sourceId = new Map(d.sources.map((s) => [s.pk, `${s.agreement.slug}/${s.key}`]));
  const judgementId = new Map(d.judgements.map((j) => [j.pk, `${j.agreement.slug}/${j.field}`]));
  const readoutId = new Map(d.readouts.map((r) => [r.pk, `${r.agreement.slug}/${r.key}`]));
  const correctionIndex = new Map<string, number>();
  const correctionId = new Map(
    d.corrections.map((c) => {
      const n = (correctionIndex.get(c.agreement.slug) ?? 0) + 1;
      correctionIndex.set(c.agreement.slug, n);
      return [c.pk, `${c.agreement.slug}/c${n}`];
    }),
  );
  const isAssessment = (kind: string) => kind === "assessment";
  const assessmentPks = new Set(d.events.filter((e) => isAssessment(e.kind)).map((e) => e.pk));

  return [
    {
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
    },
    {
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
    },
    {
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
    },
    {
      name: "parties",
      title: "Parties",
      description: "States and groups that are parties to agreements.",
      schema: schema(
        [req("code", "ISO 3166-1 alpha-3, or a group code such as G20.", "string", { unique: true }), req("name", "Name.")],
        "code",
      ),
      rows: d.parties.map((p) => ({ code: p.code, name: p.name })),
    },
    {
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
    },
    vocabularyTable(
      "provisions",
      "Provisions",
      "The alignment keys of comparisons: what a clause expresses.",
      "Provision key.",
      "Row order in comparisons.",
      d.provisions,
    ),
    vocabularyTable(
      "scope_categories",
      "Scope categories",
      "Activity categories whose coverage is read for each agreement.",
      "Category key.",
      "Order.",
      d.categories,
    ),
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    ...evidence,
  ];
}
