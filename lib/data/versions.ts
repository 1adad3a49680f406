import "server-only";
import { versionExists, versionState } from "../runtime/dataset-version";
import { db } from "./db";
import { memoByVersion } from "./memo";

/**
 * isPreview: a staged version, not published (npm run db:stage): its pages say so and are not indexed.
 * releasedOn: the version's own date (YYYY-MM-DD) from its files, null for versions imported before it was kept
 * (lib/cite/version-date.ts reads the one to give).
 */
export type DatasetVersionInfo = {
  id: string;
  importedAt: string;
  activatedAt: string;
  releasedOn: string | null;
  isLatest: boolean;
  isPreview: boolean;
};

async function versionInfo(id: string, isLatest: boolean): Promise<DatasetVersionInfo | null> {
  const info = await memoByVersion(id, "info", async () => {
    const row = await db.datasetVersion.findUnique({
      where: { id },
      select: { id: true, importedAt: true, activatedAt: true, releasedOn: true },
    });
    return (
      row && {
        id: row.id,
        importedAt: row.importedAt.toISOString(),
        activatedAt: row.activatedAt.toISOString(),
        releasedOn: row.releasedOn,
      }
    );
  });
  // Whether it is staged is read from the polled state, not kept: publishing changes it.
  return info && { ...info, isLatest, isPreview: !isLatest && (await versionState()).staged.has(id) };
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
