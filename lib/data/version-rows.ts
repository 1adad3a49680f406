// The dataset-version rows the version poll reads (lib/runtime/dataset-version.ts): the current version with
// the counts of retired and staged ones, every second; the whole list only when any of them changes.
import { sharedPrismaClient } from "../runtime/prisma-client";

export type VersionCounts = { retired: number; staged: number; all: number };

/** The most recently activated version that is not staged, and how many versions there are of each kind. */
export async function currentActivation(): Promise<{ current: { id: string; activatedAt: Date } | null; counts: VersionCounts }> {
  const db = sharedPrismaClient();
  const current = await db.datasetVersion.findFirst({
    where: { stagedAt: null },
    orderBy: { activatedAt: "desc" },
    select: { id: true, activatedAt: true },
  });
  const [retired, staged, all] = await Promise.all([
    db.datasetVersion.count({ where: { retiredAt: { not: null } } }),
    db.datasetVersion.count({ where: { stagedAt: { not: null } } }),
    db.datasetVersion.count(),
  ]);
  return { current, counts: { retired, staged, all } };
}

/** Every version's id, whether it is staged, and when and why it was retired (null: it was not). */
export function allVersionRows(): Promise<{ id: string; stagedAt: Date | null; retiredAt: Date | null; retiredReason: string | null }[]> {
  return sharedPrismaClient().datasetVersion.findMany({ select: { id: true, stagedAt: true, retiredAt: true, retiredReason: true } });
}
