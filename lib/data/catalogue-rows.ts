import "server-only";
// Every row of one dataset version, table by table, as the data package writes them (lib/datapackage): one
// query per table, ordered so that the files are stable. Rows keep their database keys (pk), which the data
// package turns into stable ids; the changelog's per-agreement fingerprints are made from those files.
import { db } from "./db";
import { eventColumns, readoutColumns } from "./agreement-shape";

/** A selection of these columns of a row, each a key of the result. */
function scalars<K extends string>(...keys: K[]): Record<K, true> {
  return Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;
}

/** The rows of an agreement of the version, in catalogue order, each with its agreement's slug. */
const inAgreementOrder = { agreement: { sortOrder: "asc" } } as const;
const agreementSlug = { agreement: { select: { slug: true } } } as const;
const ofVersion = (versionId: string) => ({ agreement: { versionId } });

/** The agreements, their parties and readouts, and the version's vocabularies. */
async function readAgreements(versionId: string) {
  const [agreements, parties, agreementParties, provisions, categories, readouts] = await Promise.all([
    db.agreement.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.party.findMany({ where: { versionId }, orderBy: { code: "asc" } }),
    db.agreementParty.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { position: "asc" }],
      select: { position: true, ...agreementSlug, party: { select: { code: true } } },
    }),
    db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" } }),
    db.readout.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { sortOrder: "asc" }],
      select: { pk: true, ...readoutColumns, ...agreementSlug },
    }),
  ]);
  return { agreements, parties, agreementParties, provisions, categories, readouts };
}

/** Clauses and their texts, scope readings and judgements. */
async function readClauses(versionId: string) {
  const [clauses, texts, readings, judgements, reuse, alignments] = await Promise.all([
    db.clause.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { position: "asc" }],
      select: {
        ...scalars("pk", "position", "label", "note", "readoutPk", "number", "heading", "divisions", "anchor"),
        ...agreementSlug,
        provision: { select: { key: true } },
      },
    }),
    db.clauseText.findMany({
      where: { clause: ofVersion(versionId) },
      orderBy: [{ clause: inAgreementOrder }, { clause: { position: "asc" } }, { position: "asc" }],
      select: scalars("pk", "clausePk", "position", "language", "text", "form", "isTranslation", "translatedBy", "confidence", "note"),
    }),
    db.scopeReading.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: {
        ...scalars("pk", "position", "basis", "confidence", "note", "sortOrder"),
        ...agreementSlug,
        category: { select: { key: true } },
      },
    }),
    db.judgement.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { field: "asc" }],
      select: { ...scalars("pk", "field", "value", "basis", "note"), ...agreementSlug },
    }),
    db.clauseReuse.findMany({
      where: { clause: ofVersion(versionId) },
      orderBy: [{ clause: inAgreementOrder }, { clause: { position: "asc" } }, { language: "asc" }, { rank: "asc" }],
      select: scalars("clausePk", "toClausePk", "language", "share", "rank"),
    }),
    db.unitAlignment.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { position: "asc" }],
      select: { ...scalars("position", "otherSlug", "these", "those", "kind", "confirmedBy", "note"), ...agreementSlug },
    }),
  ]);
  return { clauses, texts, readings, judgements, reuse, alignments };
}

/** Events, sources, corrections and the citations of everything. */
async function readRecords(versionId: string) {
  const [events, sources, corrections, citations] = await Promise.all([
    db.event.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { date: "asc" }, { sortOrder: "asc" }],
      select: { pk: true, ...eventColumns, ...agreementSlug },
    }),
    db.source.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { key: "asc" }],
      select: {
        ...scalars("pk", "key", "title", "publisher", "date", "url", "kind", "reliability"),
        evidence: { select: { key: true } },
        ...agreementSlug,
      },
    }),
    db.correction.findMany({
      where: ofVersion(versionId),
      orderBy: [inAgreementOrder, { sortOrder: "asc" }],
      select: { ...scalars("pk", "claim", "claimedBy", "correction"), ...agreementSlug },
    }),
    db.citation.findMany({
      where: { source: ofVersion(versionId) },
      orderBy: { pk: "asc" },
      select: scalars("pinpoint", "position", "sourcePk", "clauseTextPk", "readingPk", "eventPk", "correctionPk", "judgementPk"),
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
