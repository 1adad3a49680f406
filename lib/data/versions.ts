import "server-only";
import { versionExists, versionState } from "../runtime/dataset-version";
import { db } from "./db";
import { memoByVersion } from "./memo";

export type DatasetVersionInfo = { id: string; importedAt: string; activatedAt: string; isLatest: boolean };

function versionInfo(id: string, isLatest: boolean): Promise<DatasetVersionInfo | null> {
  return memoByVersion(id, "info", async () => {
    const row = await db.datasetVersion.findUnique({ where: { id }, select: { id: true, importedAt: true, activatedAt: true } });
    return row && { id: row.id, importedAt: row.importedAt.toISOString(), activatedAt: row.activatedAt.toISOString(), isLatest: false };
  }).then((info) => info && { ...info, isLatest });
}

/** The version pages show when no `v=` pins one: the current one (lib/runtime/dataset-version.ts). */
export async function getLatestVersion(): Promise<DatasetVersionInfo | null> {
  const { current } = await versionState();
  return current ? versionInfo(current, true) : null;
}

/** A pinned version if `v` names one, the current one if `v` is absent; null if `v` names no version. */
export async function resolveVersion(v?: string | null): Promise<DatasetVersionInfo | null> {
  const { current } = await versionState();
  if (!v || v === current) return current ? versionInfo(current, true) : null;
  // Unknown ids are refused from the list of known versions, without a query.
  if (!(await versionExists(v))) return null;
  return versionInfo(v, false);
}
