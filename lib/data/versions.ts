import "server-only";
import { cache } from "react";
import { db } from "../db";

export type DatasetVersionInfo = { id: string; importedAt: string; activatedAt: string; isLatest: boolean };

/** The version pages show when no `v=` pins one: the most recently activated import. */
export const getLatestVersion = cache(async (): Promise<DatasetVersionInfo | null> => {
  const row = await db.datasetVersion.findFirst({
    orderBy: { activatedAt: "desc" },
    select: { id: true, importedAt: true, activatedAt: true },
  });
  return row && { id: row.id, importedAt: row.importedAt.toISOString(), activatedAt: row.activatedAt.toISOString(), isLatest: true };
});

/** A pinned version if `v` names one, the latest if `v` is absent; null if `v` names no version. */
export const resolveVersion = cache(async (v?: string | null): Promise<DatasetVersionInfo | null> => {
  const latest = await getLatestVersion();
  if (!v || v === latest?.id) return latest;
  if (!/^[0-9a-f]{12}$/.test(v)) return null;
  const row = await db.datasetVersion.findUnique({ where: { id: v }, select: { id: true, importedAt: true, activatedAt: true } });
  return row && { id: row.id, importedAt: row.importedAt.toISOString(), activatedAt: row.activatedAt.toISOString(), isLatest: false };
});
