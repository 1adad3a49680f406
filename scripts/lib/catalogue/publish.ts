// Publishing a staged version and undoing a publication (npm run db:publish, npm run db:rollback): each makes a
// version current in one transaction and logs the activation, as an import does, so every running instance
// shows it within a second or two. Refused with one line: an unknown, retired or already current version, and a
// rollback with nothing before it.
import type { PrismaClient } from "@prisma/client";
import { versionIdSchema } from "@/lib/domain/schema";
import { activate, currentVersion, inLock, publishedSlugs, refuseBrokenLinks } from "./import";

export class PublishRefused extends Error {}

type Published = { versionId: string; previousId: string | null };

/** Makes `id` current: a staged version published, or an older one current again. */
export async function publishVersion(prisma: PrismaClient, id: string, now = new Date()): Promise<Published> {
  if (!versionIdSchema.safeParse(id).success) throw new PublishRefused(`"${id.slice(0, 40)}" is not a dataset version id (12 hex digits).`);
  return inLock(prisma, async (tx) => {
    const current = await currentVersion(tx);
    const version = await tx.datasetVersion.findUnique({ where: { id }, select: { retiredAt: true, stagedAt: true } });
    if (!version) throw new PublishRefused(`There is no dataset version ${id}: npm run db:stage prints the id of a staged one.`);
    if (version.retiredAt) throw new PublishRefused(`Dataset version ${id} is retired; a retired version is never published again.`);
    if (current?.id === id) throw new PublishRefused(`Dataset version ${id} is already current.`);
    // Staged against an earlier current version, it may lack an agreement published since: checked again now.
    if (version.stagedAt && current) await refuseBrokenLinks(tx, current.id, await publishedSlugs(tx, id));
    await activate(tx, id, current?.id ?? null, now);
    return { versionId: id, previousId: current?.id ?? null };
  });
}

/** Makes the version that was current before the current one current again (twice: back where it started). */
export function rollbackVersion(prisma: PrismaClient, now = new Date()): Promise<Published> {
  return inLock(prisma, async (tx) => {
    const current = await currentVersion(tx);
    if (!current) throw new PublishRefused("No dataset version is current: there is nothing to roll back.");
    const last = await tx.datasetActivation.findFirst({
      where: { versionId: current.id },
      orderBy: [{ activatedAt: "desc" }, { pk: "desc" }],
      select: { previousId: true },
    });
    const previous = last?.previousId;
    if (!previous) throw new PublishRefused(`Dataset version ${current.id} was the first to be current: there is no version before it.`);
    const row = await tx.datasetVersion.findUnique({ where: { id: previous }, select: { retiredAt: true } });
    if (!row || row.retiredAt)
      throw new PublishRefused(
        `The version before ${current.id}, ${previous}, is retired: publish another one (npm run db:publish -- <version>).`,
      );
    await activate(tx, previous, current.id, now);
    return { versionId: previous, previousId: current.id };
  });
}
