import "server-only";
// The catalogue's changelog. Every import is a dataset version (a complete snapshot); what changed between
// two versions is computed from the snapshots: a fingerprint per agreement (hash of its rows in the data
// package's stable form) finds what was added, removed or changed, and only changed agreements are read in
// full and diffed. Versions never change, so everything here is kept per version.
import { createHash } from "node:crypto";
import { memoByVersion } from "../data/memo";
import { readActivations, readVersions } from "../data/history";
import { versionState, type Retirement } from "../runtime/dataset-version";
import { catalogueTables } from "../datapackage/tables";
import type { AgreementRef } from "../domain/schema";

export type VersionRow = { id: string; importedAt: string; activatedAt: string; isCurrent: boolean };
/** An agreement as the changelog names it: the domain's reference (slug, short title) and its full title. */
export type TitledAgreementRef = AgreementRef & { title: string };
export type Digest = {
  agreements: Map<string, TitledAgreementRef & { hash: string }>;
  counts: { agreements: number; clauses: number; texts: number; sources: number };
};
/** One moment of the catalogue's history: a version became current (imported, or an older one again). */
export type HistoryRow = {
  id: string;
  activatedAt: string;
  importedAt: string;
  previous: string | null;
  isNewImport: boolean;
  isCurrent: boolean;
  /** Retired by a curator: its data is no longer published (npm run db:retire). */
  retired: Retirement | null;
};
export type VersionEntry = HistoryRow & {
  counts: Digest["counts"];
  added: TitledAgreementRef[];
  removed: TitledAgreementRef[];
  changed: TitledAgreementRef[];
  sentence: string;
  /** The address of what changed from the version before, when both can still be read (neither retired). */
  changesPath: string | null;
};

/** Every dataset version that can be read (not retired), newest import first; kept per epoch. */
export async function listVersions(): Promise<VersionRow[]> {
  const { current, epoch } = await versionState();
  return memoByVersion(epoch, "versions", async () => {
    const rows = await readVersions();
    return rows.map((r) => ({
      id: r.id,
      importedAt: r.importedAt.toISOString(),
      activatedAt: r.activatedAt.toISOString(),
      isCurrent: r.id === current,
    }));
  });
}

/** The history, newest first: each time a version became current, and which one was current before. */
export async function listHistory(): Promise<HistoryRow[]> {
  const { current, epoch } = await versionState();
  return memoByVersion(epoch, "history", async () => {
    const rows = await readActivations();
    return rows.map((r, i) => ({
      id: r.versionId,
      activatedAt: r.activatedAt.toISOString(),
      importedAt: r.version.importedAt.toISOString(),
      previous: r.previousId,
      isNewImport: r.version.importedAt.getTime() === r.activatedAt.getTime(),
      isCurrent: i === 0 && r.versionId === current,
      retired: retirementOf(r.version),
    }));
  });
}

function retirementOf(r: { retiredAt: Date | null; retiredReason: string | null }): Retirement | null {
  return r.retiredAt ? { at: r.retiredAt.toISOString(), reason: r.retiredReason ?? "" } : null;
}

/** Per agreement, a hash of everything the catalogue holds about it in this version; and the counts. */
export function versionDigest(versionId: string): Promise<Digest> {
  return memoByVersion(versionId, "digest", async () => {
    const tables = await catalogueTables(versionId);
    const rowsOf = (name: string) => tables.find((t) => t.name === name)?.rows ?? [];
    const perAgreement = new Map<string, unknown[]>();
    const add = (slug: unknown, row: unknown) => {
      if (typeof slug !== "string") return;
      const list = perAgreement.get(slug) ?? [];
      list.push(row);
      perAgreement.set(slug, list);
    };
    for (const t of tables) {
      if (t.name === "agreements") for (const r of t.rows) add(r.slug, { table: t.name, ...r, position: undefined });
      else if (t.name === "citations")
        for (const r of t.rows) add(String(r.source_id).split("/")[0], { table: t.name, ...r, id: undefined });
      else if (t.name === "texts") for (const r of t.rows) add(String(r.id).split("/")[0], { table: t.name, ...r });
      else for (const r of t.rows) add(r.agreement_slug, { table: t.name, ...r });
    }
    const agreements = new Map<string, TitledAgreementRef & { hash: string }>();
    for (const r of rowsOf("agreements")) {
      const slug = String(r.slug);
      const hash = createHash("sha256")
        .update(JSON.stringify(perAgreement.get(slug) ?? []))
        .digest("hex")
        .slice(0, 16);
      agreements.set(slug, { slug, shortTitle: String(r.short_title), title: String(r.title), hash });
    }
    return {
      agreements,
      counts: {
        agreements: agreements.size,
        clauses: rowsOf("clauses").length,
        texts: rowsOf("texts").length,
        sources: rowsOf("sources").length,
      },
    };
  });
}

const strip = (a: TitledAgreementRef & { hash: string }): TitledAgreementRef => ({
  slug: a.slug,
  shortTitle: a.shortTitle,
  title: a.title,
});

export function compareDigests(from: Digest | null, to: Digest) {
  const before = from?.agreements ?? new Map<string, TitledAgreementRef & { hash: string }>();
  const added = [...to.agreements.values()].filter((a) => !before.has(a.slug)).map(strip);
  const removed = [...before.values()].filter((a) => !to.agreements.has(a.slug)).map(strip);
  const changed = [...to.agreements.values()].filter((a) => before.has(a.slug) && before.get(a.slug)?.hash !== a.hash).map(strip);
  return { added, removed, changed };
}

function names(refs: AgreementRef[], max = 3): string {
  const shown = refs.slice(0, max).map((r) => r.shortTitle);
  const more = refs.length - shown.length;
  const list = shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : list;
}

/** What changed, in one sentence. */
export function describeChange(
  row: Pick<HistoryRow, "previous" | "isNewImport" | "importedAt" | "id">,
  diff: ReturnType<typeof compareDigests>,
  counts: Digest["counts"],
): string {
  if (row.previous === null) return `First import: ${counts.agreements} agreement${counts.agreements === 1 ? "" : "s"}.`;
  const parts: string[] = [];
  if (diff.added.length) parts.push(`added ${names(diff.added)}`);
  if (diff.changed.length) parts.push(`changed ${names(diff.changed)}`);
  if (diff.removed.length) parts.push(`removed ${names(diff.removed)}`);
  const what = parts.length ? parts.join("; ") : "no change to the agreements (the files changed, not what they say)";
  if (!row.isNewImport) return `Back to version ${row.id}, first imported ${row.importedAt.slice(0, 10)}: ${what}.`;
  return `${what[0]?.toUpperCase()}${what.slice(1)}.`;
}

export const CHANGES_PAGE_SIZE = 50;

/** The changelog: each moment a version became current, with what changed from the one before. Paged, newest first. */
export async function versionEntries(page = 1, pageSize = CHANGES_PAGE_SIZE): Promise<{ entries: VersionEntry[]; total: number }> {
  const history = await listHistory();
  const slice = history.slice((page - 1) * pageSize, page * pageSize);
  const entries = await Promise.all(
    slice.map(async (row) => {
      if (row.retired) {
        const none = { added: [], removed: [], changed: [] };
        const reason = row.retired.reason.replace(/[.!?]?$/, ".");
        const sentence = `Retired on ${row.retired.at.slice(0, 10)}: ${reason} Its data is no longer published.`;
        return { ...row, counts: { agreements: 0, clauses: 0, texts: 0, sources: 0 }, ...none, sentence, changesPath: null };
      }
      const previousRetired = history.find((h) => h.id === row.previous)?.retired ?? null;
      const [to, from] = await Promise.all([
        versionDigest(row.id),
        row.previous && !previousRetired ? versionDigest(row.previous) : Promise.resolve(null),
      ]);
      const diff = previousRetired ? { added: [], removed: [], changed: [] } : compareDigests(from, to);
      const sentence = previousRetired
        ? `${to.counts.agreements} agreements, after version ${row.previous}, since retired (what changed from it is not kept).`
        : describeChange(row, diff, to.counts);
      const changesPath = row.previous && !previousRetired ? `/changes/${row.previous}...${row.id}` : null;
      return { ...row, counts: to.counts, ...diff, sentence, changesPath };
    }),
  );
  return { entries, total: history.length };
}
