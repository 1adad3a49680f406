import "server-only";
// Every row of one dataset version, table by table, as the data package writes them (lib/datapackage): one
// query per table, ordered so that the files are stable. Rows keep their database keys (pk), which the data
// package turns into stable ids; the changelog's per-agreement fingerprints are made from those files.
import { db } from "./db";
import { eventColumns, readoutColumns } from "./agreement-shape";

/** The agreements, their parties and readouts, and the version's vocabularies. */
async function readAgreements(versionId: string) {
  const agreementOf = { agreement: { versionId } };
  const [agreements, parties, agreementParties, provisions, categories, readouts] = await Promise.all([
    db.agreement.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.party.findMany({ where: { versionId }, orderBy: { code: "asc" } }),
    db.agreementParty.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { position: "asc" }],
      select: { position: true, agreement: { select: { slug: true } }, party: { select: { code: true } } },
    }),
    db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.readout.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: {
        pk: true,
        ...readoutColumns,
        agreement: { select: { slug: true } },
      },
    }),
  ]);
  return { agreements, parties, agreementParties, provisions, categories, readouts };
}

/** Clauses and their texts, scope readings and judgements. */
async function readClauses(versionId: string) {
  const agreementOf = { agreement: { versionId } };
  const [clauses, texts, readings, judgements] = await Promise.all([
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
    db.judgement.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { field: "asc" }],
      select: { pk: true, field: true, value: true, basis: true, note: true, agreement: { select: { slug: true } } },
    }),
  ]);
  return { clauses, texts, readings, judgements };
}

/** Events, sources, corrections and the citations of everything. */
async function readRecords(versionId: string) {
  const agreementOf = { agreement: { versionId } };
  const [events, sources, corrections, citations] = await Promise.all([
    db.event.findMany({
      where: agreementOf,
      orderBy: [{ agreement: { sortOrder: "asc" } }, { date: "asc" }, { sortOrder: "asc" }],
      select: {
        pk: true,
        ...eventColumns,
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
  ]);
  return { events, sources, corrections, citations };
}

/** Every row of a dataset version (one query per table, all at once). */
export async function readCatalogueRows(versionId: string) {
  const [vocabulary, clauses, records] = await Promise.all([readAgreements(versionId), readClauses(versionId), readRecords(versionId)]);
  return { ...vocabulary, ...clauses, ...records };
}

/** Every row of a dataset version, as read by readCatalogueRows. */
export type CatalogueRows = Awaited<ReturnType<typeof readCatalogueRows>>;
