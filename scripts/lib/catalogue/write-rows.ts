// Writes one dataset version's rows inside the import's transaction (./import.ts): the evidence archive, each
// agreement with everything its file holds (judgements, readouts, clauses and their texts, scope readings,
// events, corrections, each with its citations), and the events one file records about several agreements.
import type { PrismaClient } from "@prisma/client";
import type { Precision } from "@/lib/domain/schema";
import type { Catalogue } from "./load";
import type { AgreementFile } from "./schema";
import { unitAnchor } from "./units";
import { searchTextOf } from "@/lib/search/query";

export function datePrecisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
type Cite = { source: string; pinpoint?: string | undefined };

function must(map: Map<string, number>, key: string): number {
  const pk = map.get(key);
  if (pk === undefined) throw new Error(`internal: "${key}" missing after validation`);
  return pk;
}

/** An event's own columns, the same for its row and for each copy shown with another agreement. */
function eventFields(e: AgreementFile["events"][number]) {
  return {
    kind: e.kind,
    date: e.date,
    datePrecision: datePrecisionOf(e.date),
    title: e.title,
    description: e.description ?? null,
    assessor: e.assessor ?? null,
    finding: e.finding ?? null,
    confidence: e.confidence,
  };
}

export type Written = { agreementPk: number; sourcePk: Map<string, number>; events: number };

/**
 * An event recorded in one agreement's file with `alsoConcerns` (one assessment of several agreements) is
 * also written under each agreement it names, after that agreement's own events, marked `sharedFrom` and
 * citing the recording file's sources: one entry in the files, shown with every agreement it is about.
 */
export async function writeSharedEvents(tx: Tx, agreements: AgreementFile[], written: Map<string, Written>) {
  for (const origin of agreements) {
    const from = written.get(origin.slug);
    if (!from) continue;
    for (const e of origin.events) {
      for (const slug of e.alsoConcerns ?? []) {
        const target = written.get(slug);
        if (!target) throw new Error(`internal: "${slug}" missing after validation`);
        await tx.event.create({
          data: {
            ...eventFields(e),
            agreementPk: target.agreementPk,
            sortOrder: target.events++,
            sharedFrom: origin.slug,
            citations: {
              create: e.cite.map((c, position) => ({ sourcePk: must(from.sourcePk, c.source), pinpoint: c.pinpoint ?? null, position })),
            },
          },
        });
      }
    }
  }
}

/** What was seen of every source, and its passages: written first, so that each agreement's sources point at it. */
export async function writeEvidence(tx: Tx, versionId: string, evidence: Catalogue["evidence"]): Promise<Map<string, number>> {
  const pks = new Map<string, number>();
  for (const e of evidence.values()) {
    const row = await tx.evidenceSource.create({
      data: {
        versionId,
        key: e.id,
        url: e.url,
        title: e.title,
        publisher: e.publisher,
        date: e.date,
        copied: e.copied,
        note: e.note ?? null,
        passages: { create: e.passages.map((p, position) => ({ position, language: p.language, text: p.text })) },
      },
      select: { pk: true },
    });
    pks.set(e.id, row.pk);
  }
  return pks;
}

type Maps = {
  partyPk: Map<string, number>;
  provisionPk: Map<string, number>;
  categoryPk: Map<string, number>;
  evidencePk: Map<string, number>;
  evidence: Catalogue["evidence"];
};
/** The nested create of an entry's citations, each source named by its key in the agreement's file. */
type Citations = (cites: Cite[]) => { create: { sourcePk: number; pinpoint: string | null; position: number }[] };

/** One agreement and everything its file holds, its citations pointing at its own sources. */
export async function writeAgreement(tx: Tx, versionId: string, sortOrder: number, a: AgreementFile, maps: Maps): Promise<Written> {
  const created = await createAgreement(tx, versionId, sortOrder, a, maps);
  const sourcePk = new Map(created.sources.map((s) => [s.key, s.pk] as const));
  const citations: Citations = (cites) => ({
    create: cites.map((c, position) => ({ sourcePk: must(sourcePk, c.source), pinpoint: c.pinpoint ?? null, position })),
  });
  const agreementPk = created.pk;
  await writeJudgements(tx, agreementPk, a, citations);
  await writeClauses(tx, agreementPk, a, maps.provisionPk, citations);
  await writeRecords(tx, agreementPk, a, maps.categoryPk, citations);
  return { agreementPk, sourcePk, events: a.events.length };
}

/** The agreement's row, with its parties and its sources (each pointing at what was seen of it). */
function createAgreement(tx: Tx, versionId: string, sortOrder: number, a: AgreementFile, maps: Maps) {
  return tx.agreement.create({
    data: {
      versionId,
      slug: a.slug,
      title: a.title,
      shortTitle: a.shortTitle,
      form: a.form,
      legalCharacter: a.legalCharacter?.value ?? null,
      forum: a.forum ?? null,
      status: a.status?.value ?? null,
      statusNote: a.statusNote ?? null,
      supersededBy: a.supersededBy ?? null,
      extent: a.extent?.value ?? null,
      extentNote: a.extent?.note ?? null,
      alignments: {
        create: a.alignments
          .flatMap((alignment) =>
            alignment.pairs.map((p) => ({
              otherSlug: alignment.with,
              these: p.these.join("\n"),
              those: p.those.join("\n"),
              kind: p.kind,
              confirmedBy: p.confirmedBy,
              note: p.note ?? null,
            })),
          )
          .map((row, position) => ({ ...row, position })),
      },
      date: a.date,
      datePrecision: datePrecisionOf(a.date),
      year: Number(a.date.slice(0, 4)),
      summary: a.summary,
      sortOrder,
      parties: { create: a.parties.map((code, position) => ({ partyPk: must(maps.partyPk, code), position })) },
      sources: {
        create: Object.entries(a.sources).map(([key, s]) => {
          const seen = maps.evidence.get(s.evidence);
          return {
            key,
            title: seen?.title ?? null,
            publisher: seen?.publisher ?? null,
            date: seen?.date ?? null,
            url: seen?.url ?? null,
            kind: s.kind,
            reliability: s.reliability ?? null,
            evidencePk: must(maps.evidencePk, s.evidence),
          };
        }),
      },
    },
    select: { pk: true, sources: { select: { pk: true, key: true } } },
  });
}

async function writeJudgements(tx: Tx, agreementPk: number, a: AgreementFile, citations: Citations): Promise<void> {
  for (const [field, judgement] of [
    ["legal-character", a.legalCharacter],
    ["status", a.status],
  ] as const) {
    if (!judgement) continue;
    await tx.judgement.create({
      data: {
        agreementPk,
        field,
        value: judgement.value,
        basis: judgement.basis,
        note: judgement.note,
        citations: citations(judgement.cite),
      },
    });
  }
}

async function writeClauses(
  tx: Tx,
  agreementPk: number,
  a: AgreementFile,
  provisionPk: Map<string, number>,
  citations: Citations,
): Promise<void> {
  // The agreement's own clauses come first, then each readout's statements: positions run on across both.
  const clauses: { clause: AgreementFile["clauses"][number]; readoutPk: number | null }[] = a.clauses.map((clause) => ({
    clause,
    readoutPk: null,
  }));
  for (const [sortOrder, r] of a.readouts.entries()) {
    const readout = await tx.readout.create({
      data: {
        agreementPk,
        key: r.key,
        partyCode: r.party ?? null,
        issuedBy: r.issuedBy,
        title: r.title,
        date: r.date,
        datePrecision: datePrecisionOf(r.date),
        kind: r.kind,
        note: r.note ?? null,
        sortOrder,
      },
      select: { pk: true },
    });
    clauses.push(...r.clauses.map((clause) => ({ clause, readoutPk: readout.pk })));
  }
  for (const [position, { clause, readoutPk }] of clauses.entries()) {
    await tx.clause.create({
      data: {
        agreementPk,
        provisionPk: clause.provision ? must(provisionPk, clause.provision) : null,
        position,
        label: clause.label,
        note: clause.note ?? null,
        number: clause.number ?? null,
        heading: clause.heading ?? null,
        divisions: clause.divisions?.join("\n") ?? null,
        anchor: unitAnchor(clause),
        readoutPk,
        texts: {
          create: clause.texts.map((t, i) => ({
            position: i,
            language: t.language,
            text: t.text,
            form: t.form,
            isTranslation: t.isTranslation,
            translatedBy: t.translatedBy ?? null,
            confidence: t.confidence,
            note: t.note ?? null,
            searchText: searchTextOf(t.text, t.language),
            citations: citations(t.cite),
          })),
        },
      },
    });
  }
}

/** Scope readings, events and corrections, each in the file's order. */
async function writeRecords(
  tx: Tx,
  agreementPk: number,
  a: AgreementFile,
  categoryPk: Map<string, number>,
  citations: Citations,
): Promise<void> {
  for (const [sortOrder, s] of a.scope.entries()) {
    await tx.scopeReading.create({
      data: {
        agreementPk,
        categoryPk: must(categoryPk, s.category),
        position: s.position,
        basis: s.basis,
        confidence: s.confidence,
        note: s.note,
        sortOrder,
        citations: citations(s.cite),
      },
    });
  }
  for (const [sortOrder, e] of a.events.entries()) {
    await tx.event.create({
      data: {
        ...eventFields(e),
        agreementPk,
        sortOrder,
        alsoConcerns: e.alsoConcerns?.join(",") ?? null,
        citations: citations(e.cite),
      },
    });
  }
  for (const [sortOrder, c] of a.corrections.entries()) {
    await tx.correction.create({
      data: {
        agreementPk,
        claim: c.claim,
        claimedBy: c.claimedBy,
        correction: c.correction,
        sortOrder,
        citations: citations(c.cite),
      },
    });
  }
}
