// Writes a validated catalogue into the database as a new dataset version, in one transaction: either the
// whole snapshot lands or nothing does. Files identical to the current version change nothing; files
// identical to an older version make that version current again instead of copying it.
import type { PrismaClient } from "@prisma/client";
import type { Precision } from "@/lib/domain/schema";
import type { Catalogue } from "./load";
import type { AgreementFile } from "./schema";
import { searchTextOf } from "@/lib/search/tokens";

export type ImportResult = { status: "created" | "unchanged" | "reactivated"; versionId: string; agreements: number };

export function versionIdOf(contentHash: string): string {
  return contentHash.slice(0, 12);
}

export function datePrecisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
type Cite = { source: string; pinpoint?: string | undefined };

/**
 * Fills the search words of clause texts imported before the index existed (older versions), so that a
 * pinned version is searchable too. A no-op once done; each row updated on its own (the trigger re-indexes it).
 */
export async function backfillSearchText(prisma: PrismaClient): Promise<number> {
  const rows = await prisma.clauseText.findMany({
    where: { searchText: "", text: { not: "" } },
    select: { pk: true, text: true, language: true },
  });
  for (const r of rows) await prisma.clauseText.update({ where: { pk: r.pk }, data: { searchText: searchTextOf(r.text, r.language) } });
  return rows.length;
}

/** Imports the catalogue as the current version: a new one, or an older one current again (never a retired one). */
export async function importCatalogue(prisma: PrismaClient, catalogue: Catalogue, now = new Date()): Promise<ImportResult> {
  await backfillSearchText(prisma);
  const versionId = versionIdOf(catalogue.contentHash);
  const agreements = catalogue.agreements.length;
  // One import at a time, and the current version read inside it: two imports started together would
  // otherwise both record the same previous version, and the history would link the wrong diff.
  return prisma.$transaction(
    async (tx) => {
      await lockImports(tx, providerOf(prisma));
      const current = await tx.datasetVersion.findFirst({ orderBy: { activatedAt: "desc" }, select: { id: true, contentHash: true } });
      if (current?.contentHash === catalogue.contentHash) return { status: "unchanged", versionId, agreements };
      const existing = await tx.datasetVersion.findUnique({
        where: { contentHash: catalogue.contentHash },
        select: { id: true, retiredAt: true, retiredReason: true },
      });
      if (existing?.retiredAt)
        throw new Error(
          `These files are dataset version ${existing.id}, retired on ${existing.retiredAt.toISOString().slice(0, 10)} (${existing.retiredReason}); a retired version is never published again: change the files.`,
        );
      if (existing) {
        await tx.datasetVersion.update({ where: { id: existing.id }, data: { activatedAt: now } });
        await tx.datasetActivation.create({ data: { versionId: existing.id, previousId: current?.id ?? null, activatedAt: now } });
        return { status: "reactivated", versionId, agreements };
      }
      await writeVersion(tx, catalogue, versionId, current?.id ?? null, now);
      return { status: "created", versionId, agreements };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * Takes the database's import lock for the rest of the transaction: an advisory lock on PostgreSQL; on SQLite,
 * a write that changes nothing, which takes the file's write lock (another import waits, or fails as busy).
 */
export async function lockImports(tx: Tx, provider: string): Promise<void> {
  if (provider === "postgresql") await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(7340211)");
  else await tx.$executeRawUnsafe('UPDATE "DatasetVersion" SET "fileCount" = "fileCount" WHERE 1 = 0');
}

/** The client's database ("sqlite" or "postgresql"), as Prisma itself records it on every client. */
export function providerOf(prisma: PrismaClient): string {
  return (prisma as unknown as { _activeProvider?: string })._activeProvider ?? "sqlite";
}

async function writeVersion(tx: Tx, catalogue: Catalogue, versionId: string, previousId: string | null, now: Date): Promise<void> {
  await tx.datasetVersion.create({
    data: { id: versionId, contentHash: catalogue.contentHash, fileCount: catalogue.fileCount, importedAt: now, activatedAt: now },
  });
  await tx.datasetActivation.create({ data: { versionId, previousId, activatedAt: now } });
  const { parties, provisions, scopeCategories, featuredProvision: featured } = catalogue.vocabulary;
  await tx.party.createMany({ data: parties.map((p) => ({ versionId, code: p.code, name: p.name })) });
  await tx.provision.createMany({
    data: provisions.map((p, i) => ({
      versionId,
      ...p,
      synonyms: p.synonyms.join("\n"),
      featuredAs: p.key === featured.key ? featured.name : null,
      sortOrder: i,
    })),
  });
  await tx.scopeCategory.createMany({
    data: scopeCategories.map((c, i) => ({ versionId, ...c, synonyms: c.synonyms.join("\n"), sortOrder: i })),
  });

  const partyPk = await pkMap(tx.party.findMany({ where: { versionId }, select: { pk: true, code: true } }), "code");
  const provisionPk = await pkMap(tx.provision.findMany({ where: { versionId }, select: { pk: true, key: true } }), "key");
  const categoryPk = await pkMap(tx.scopeCategory.findMany({ where: { versionId }, select: { pk: true, key: true } }), "key");

  const evidencePk = await writeEvidence(tx, versionId, catalogue.evidence);
  const ordered = [...catalogue.agreements].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  const written = new Map<string, Written>();
  for (const [index, agreement] of ordered.entries()) {
    written.set(
      agreement.slug,
      await writeAgreement(tx, versionId, index, agreement, { partyPk, provisionPk, categoryPk, evidencePk, evidence: catalogue.evidence }),
    );
  }
  await writeSharedEvents(tx, ordered, written);
}

async function pkMap<K extends string>(rows: Promise<Array<{ pk: number } & Record<K, string>>>, key: K) {
  return new Map((await rows).map((r) => [r[key], r.pk] as const));
}

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

type Written = { agreementPk: number; sourcePk: Map<string, number>; events: number };

/**
 * An event recorded in one agreement's file with `alsoConcerns` (one assessment of several agreements) is
 * also written under each agreement it names, after that agreement's own events, marked `sharedFrom` and
 * citing the recording file's sources: one entry in the files, shown with every agreement it is about.
 */
async function writeSharedEvents(tx: Tx, agreements: AgreementFile[], written: Map<string, Written>) {
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
async function writeEvidence(tx: Tx, versionId: string, evidence: Catalogue["evidence"]): Promise<Map<string, number>> {
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

async function writeAgreement(
  tx: Tx,
  versionId: string,
  sortOrder: number,
  a: AgreementFile,
  maps: {
    partyPk: Map<string, number>;
    provisionPk: Map<string, number>;
    categoryPk: Map<string, number>;
    evidencePk: Map<string, number>;
    evidence: Catalogue["evidence"];
  },
): Promise<Written> {
  const created = await tx.agreement.create({
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
  const sourcePk = new Map(created.sources.map((s) => [s.key, s.pk] as const));
  const citations = (cites: Cite[]) => ({
    create: cites.map((c, position) => ({ sourcePk: must(sourcePk, c.source), pinpoint: c.pinpoint ?? null, position })),
  });
  const agreementPk = created.pk;

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
        provisionPk: must(maps.provisionPk, clause.provision),
        position,
        label: clause.label,
        note: clause.note ?? null,
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
  for (const [sortOrder, s] of a.scope.entries()) {
    await tx.scopeReading.create({
      data: {
        agreementPk,
        categoryPk: must(maps.categoryPk, s.category),
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
  return { agreementPk, sourcePk, events: a.events.length };
}
