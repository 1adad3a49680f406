// The date a dataset version goes by wherever it is named as a work: citations, CITATION.cff, the data
// package's descriptor and its files' times, embeds. It is the version's own date, `released` in the catalogue's
// vocabulary.yaml, stored with the version when imported: the same on every site that imports the same files.
// Versions imported before that date was recorded fall back to the day this site imported them.

/** A version as its date is read: releasedOn (YYYY-MM-DD) when the files gave one, else importedAt (ISO 8601). */
export type DatedVersion = { importedAt: string; releasedOn?: string | null };

/** The version's day, YYYY-MM-DD. */
export function versionDay(version: DatedVersion): string {
  return version.releasedOn ?? version.importedAt.slice(0, 10);
}

/** The version's date as an ISO 8601 time: midnight UTC of its release day, or its import time for older versions. */
export function versionTime(version: DatedVersion): string {
  return version.releasedOn ? `${version.releasedOn}T00:00:00.000Z` : version.importedAt;
}
