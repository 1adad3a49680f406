// Retiring a dataset version (npm run db:retire): the undo, for good, of an import that should never have been
// published. Its rows are deleted in one transaction; the version's id, dates and the reason stay, so its pinned
// links answer 410 with the reason and the history still tells when it was current. The current version cannot
// be retired (import the files that should be current first), and retired files are never imported again.
import type { PrismaClient } from "@prisma/client";
import { currentVersion, inLock } from "./import";
import { versionIdSchema } from "@/lib/domain/schema";

export class RetireRefused extends Error {}

export async function retireVersion(prisma: PrismaClient, id: string, reason: string, now = new Date()): Promise<void> {
  if (!versionIdSchema.safeParse(id).success) throw new RetireRefused(`"${id.slice(0, 40)}" is not a dataset version id (12 hex digits).`);
  const why = reason.replace(/\s+/g, " ").trim();
  if (why.length < 10 || why.length > 300)
    throw new RetireRefused("Say why the version is retired (--reason, 10 to 300 characters): readers of its links see it.");
  await inLock(prisma, async (tx) => {
    const version = await tx.datasetVersion.findUnique({ where: { id }, select: { id: true, retiredAt: true } });
    if (!version) throw new RetireRefused(`There is no dataset version ${id}.`);
    if (version.retiredAt) throw new RetireRefused(`Dataset version ${id} was retired on ${version.retiredAt.toISOString().slice(0, 10)}.`);
    const current = await currentVersion(tx);
    if (current?.id === id)
      throw new RetireRefused(
        `Dataset version ${id} is current: import the catalogue that should be current (npm run db:import), then retire ${id}.`,
      );
    // Everything else hangs off these (ON DELETE CASCADE): clauses, texts, citations, readings, events…
    const where = { versionId: id };
    await tx.agreement.deleteMany({ where });
    await tx.evidenceSource.deleteMany({ where });
    await tx.party.deleteMany({ where });
    await tx.provision.deleteMany({ where });
    await tx.scopeCategory.deleteMany({ where });
    await tx.slugRedirect.deleteMany({ where });
    await tx.datasetVersion.update({ where: { id }, data: { retiredAt: now, retiredReason: why } });
  });
}
