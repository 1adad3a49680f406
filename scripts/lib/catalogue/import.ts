// Writes a validated catalogue into the database as a dataset version, in one transaction: either the whole
// snapshot lands or nothing does. `db:import` makes it current at once; `db:stage` writes it staged: readable at
// its preview links, current only once published (./publish.ts). Files identical to the current version change
// nothing; files identical to another version make that version current (import) or name it (stage). A
// version that would break a published link (a slug gone without formerSlugs or withdrawn) is refused.
import { writeReuse } from "./reuse";
import type { PrismaClient } from "@prisma/client";
import type { Catalogue } from "./load";
import { searchTextOf } from "@/lib/search/query";
import { writeAgreement, writeEvidence, writeSharedEvents, type Tx, type Written } from "./write-rows";

export type ImportResult = {
  status: "created" | "unchanged" | "reactivated" | "staged" | "exists";
  versionId: string;
  agreements: number;
  /** The version current before (null: none): what a staged version's impact is measured against. */
  currentId: string | null;
};

export class ImportRefused extends Error {}

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

/** The current version: the most recently activated one that is not staged. */
export function currentVersion(tx: Tx) {
  return tx.datasetVersion.findFirst({
    where: { stagedAt: null },
    orderBy: { activatedAt: "desc" },
    select: { id: true, contentHash: true },
  });
}

/**
 * Imports the catalogue as the current version (a new one, or another one current again; never a retired one),
 * or with `stage`, as a staged version that is not current.
 */
export async function importCatalogue(
  prisma: PrismaClient,
  catalogue: Catalogue,
  now = new Date(),
  { stage = false }: { stage?: boolean } = {},
): Promise<ImportResult> {
  await backfillSearchText(prisma);
  const versionId = versionIdOf(catalogue.contentHash);
  const agreements = catalogue.agreements.length;
  // One import at a time, and the current version read inside it: two imports started together would
  // otherwise both record the same previous version, and the history would link the wrong diff.
  return inLock(prisma, async (tx) => {
    const current = await currentVersion(tx);
    const said = (status: ImportResult["status"]) => ({ status, versionId, agreements, currentId: current?.id ?? null });
    if (current?.contentHash === catalogue.contentHash) return said("unchanged");
    const existing = await tx.datasetVersion.findUnique({
      where: { contentHash: catalogue.contentHash },
      select: { id: true, retiredAt: true, retiredReason: true, stagedAt: true },
    });
    if (existing?.retiredAt)
      throw new ImportRefused(
        `These files are dataset version ${existing.id}, retired on ${existing.retiredAt.toISOString().slice(0, 10)} (${existing.retiredReason}); a retired version is never published again: change the files.`,
      );
    if (existing && stage) return said(existing.stagedAt ? "staged" : "exists");
    // Files published before, imported again, are an undo as db:rollback is (agreements added since go with
    // them); a new version, or a staged one published by importing its files, may break no link.
    if (current && (!existing || existing.stagedAt)) await refuseBrokenLinks(tx, current.id, catalogue);
    if (existing) {
      await activate(tx, existing.id, current?.id ?? null, now);
      return said("reactivated");
    }
    await writeVersion(tx, catalogue, versionId, now, stage);
    if (stage) return said("staged");
    await activate(tx, versionId, current?.id ?? null, now);
    return said("created");
  });
}

/** Makes a version current (published, if it was staged) and logs the activation: the history /changes tells. */
export async function activate(tx: Tx, versionId: string, previousId: string | null, now: Date): Promise<void> {
  // A staged version published is new to readers: its history says it was imported when it was published.
  const staged = (await tx.datasetVersion.findUnique({ where: { id: versionId }, select: { stagedAt: true } }))?.stagedAt;
  await tx.datasetVersion.update({
    where: { id: versionId },
    data: { activatedAt: now, stagedAt: null, ...(staged ? { importedAt: now } : {}) },
  });
  await tx.datasetActivation.create({ data: { versionId, previousId, activatedAt: now } });
}

/** Every slug a reader's link to the version may carry: its agreements', and its former and withdrawn ones. */
export async function publishedSlugs(tx: Tx, versionId: string): Promise<Set<string>> {
  const [agreements, redirects] = await Promise.all([
    tx.agreement.findMany({ where: { versionId }, select: { slug: true } }),
    tx.slugRedirect.findMany({ where: { versionId }, select: { slug: true } }),
  ]);
  return new Set([...agreements, ...redirects].map((r) => r.slug));
}

/** The slugs of the catalogue's new version that links may carry (see publishedSlugs). */
export function answeredSlugs(catalogue: Catalogue): Set<string> {
  return new Set([
    ...catalogue.agreements.flatMap((a) => [a.slug, ...a.formerSlugs]),
    ...catalogue.vocabulary.withdrawn.map((w) => w.slug),
  ]);
}

/** Refuses a version (its files, or the slugs of a staged one) in which a link to the current one would answer 404. */
export async function refuseBrokenLinks(tx: Tx, currentId: string, next: Catalogue | Set<string>): Promise<void> {
  const answered = next instanceof Set ? next : answeredSlugs(next);
  const broken = [...(await publishedSlugs(tx, currentId))].filter((slug) => !answered.has(slug)).sort();
  if (broken.length === 0) return;
  throw new ImportRefused(
    `links to ${broken.map((s) => `"${s}"`).join(", ")} would answer 404: list a renamed agreement's old slug under its formerSlugs, or a removed one under withdrawn in vocabulary.yaml with the reason readers will see.`,
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

/** Runs `work` in a transaction holding the import lock: one change of versions at a time. */
export function inLock<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      await lockImports(tx, providerOf(prisma));
      return work(tx);
    },
    // A treaty-scale catalogue (2,100 treaties of 12 articles) writes and indexes its reuse for minutes.
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/** The client's database ("sqlite" or "postgresql"), as Prisma itself records it on every client. */
export function providerOf(prisma: PrismaClient): string {
  return (prisma as unknown as { _activeProvider?: string })._activeProvider ?? "sqlite";
}

async function writeVersion(tx: Tx, catalogue: Catalogue, versionId: string, now: Date, staged: boolean): Promise<void> {
  await tx.datasetVersion.create({
    data: {
      id: versionId,
      contentHash: catalogue.contentHash,
      fileCount: catalogue.fileCount,
      importedAt: now,
      activatedAt: now,
      stagedAt: staged ? now : null,
      releasedOn: catalogue.vocabulary.released,
    },
  });
  const { parties, provisions, scopeCategories, featuredProvision: featured, withdrawn } = catalogue.vocabulary;
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
  await tx.slugRedirect.createMany({
    data: [
      ...catalogue.agreements.flatMap((a) => a.formerSlugs.map((slug) => ({ versionId, slug, toSlug: a.slug, reason: null }))),
      ...withdrawn.map((w) => ({ versionId, slug: w.slug, toSlug: null, reason: w.reason })),
    ],
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
  await writeReuse(tx, versionId);
}

async function pkMap<K extends string>(rows: Promise<Array<{ pk: number } & Record<K, string>>>, key: K) {
  return new Map((await rows).map((r) => [r[key], r.pk] as const));
}
