// The dataset-version rows the version poll reads (lib/runtime/dataset-version.ts): the current version with
// the count of retired ones, every second; the whole list only when either changes.
import { sharedPrismaClient } from "../runtime/prisma-client";

/** The most recently activated version and how many versions are retired: two indexed, one-row reads. */
export async function currentActivation(): Promise<{ current: { id: string; activatedAt: Date } | null; retiredCount: number }> {
  const db = sharedPrismaClient();
  const current = await db.datasetVersion.findFirst({ orderBy: { activatedAt: "desc" }, select: { id: true, activatedAt: true } });
  const retiredCount = await db.datasetVersion.count({ where: { retiredAt: { not: null } } });
  return { current, retiredCount };
}

/** Every version's id, and when and why it was retired (null: it was not). */
export function allVersionRows(): Promise<{ id: string; retiredAt: Date | null; retiredReason: string | null }[]> {
  return sharedPrismaClient().datasetVersion.findMany({ select: { id: true, retiredAt: true, retiredReason: true } });
}
