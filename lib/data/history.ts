import "server-only";
// The catalogue's history as stored: the dataset versions that can still be read, and each moment a version
// became current (an import, or an older version made current again). lib/changes makes the changelog of them.
import { db } from "./db";

export type StoredVersion = { id: string; importedAt: Date; activatedAt: Date };
export type StoredActivation = {
  versionId: string;
  previousId: string | null;
  activatedAt: Date;
  version: { importedAt: Date; retiredAt: Date | null; retiredReason: string | null };
};

/** Every dataset version published and not retired (staged ones are not history yet), newest import first. */
export function readVersions(): Promise<StoredVersion[]> {
  return db.datasetVersion.findMany({
    orderBy: [{ importedAt: "desc" }, { id: "asc" }],
    where: { retiredAt: null, stagedAt: null },
    select: { id: true, importedAt: true, activatedAt: true },
  });
}

/** Every activation, newest first, with the version it made current. */
export function readActivations(): Promise<StoredActivation[]> {
  return db.datasetActivation.findMany({
    orderBy: [{ activatedAt: "desc" }, { pk: "desc" }],
    select: {
      versionId: true,
      previousId: true,
      activatedAt: true,
      version: { select: { importedAt: true, retiredAt: true, retiredReason: true } },
    },
  });
}
