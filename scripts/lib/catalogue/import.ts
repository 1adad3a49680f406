// Writes a validated catalogue into the database as a new dataset version, in one transaction: either the
// whole snapshot lands or nothing does. Files identical to the current version change nothing; files
// identical to an older version make that version current again instead of copying it.
import type { PrismaClient } from "@prisma/client";
import type { Catalogue } from "./load";
import { searchTextOf } from "@/lib/search/query";
import { writeAgreement, writeEvidence, writeSharedEvents, type Tx, type Written } from "./write-rows";

export type ImportResult = { status: "created" | "unchanged" | "reactivated"; versionId: string; agreements: number };

export function versionIdOf(contentHash: string): string {
  return contentHash.slice(0, 12);
}

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
