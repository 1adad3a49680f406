import "server-only";
// The catalogue's changelog. Every import is a dataset version (a complete snapshot); what changed between
// two versions is computed from the snapshots: a fingerprint per agreement (hash of its rows in the data
// package's stable form) finds what was added, removed or changed, and only changed agreements are read in
// full and diffed. Versions never change, so everything here is kept per version.
import { createHash } from "node:crypto";
import { diffClauseWords, type WordDiff } from "../compare/word-diff";
import { getAgreementBySlug, type AgreementDetail, type AgreementEvent, type ScopeReading } from "../data/agreements";
import { memoByVersion } from "../data/memo";
import { db } from "../db";
import { versionState } from "../dataset-version";
import { catalogueTables } from "../datapackage/tables";

export type VersionRow = { id: string; importedAt: string; activatedAt: string; isCurrent: boolean };
export type AgreementRef = { slug: string; shortTitle: string; title: string };
export type Digest = {
  agreements: Map<string, AgreementRef & { hash: string }>;
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
};
export type VersionEntry = HistoryRow & {
  counts: Digest["counts"];
  added: AgreementRef[];
  removed: AgreementRef[];
  changed: AgreementRef[];
  sentence: string;
};

/** Every dataset version, newest import first; kept until another version becomes current. */
export async function listVersions(): Promise<VersionRow[]> {
  const { current, epoch } = await versionState();
  return memoByVersion(epoch, "versions", async () => {
    const rows = await db.datasetVersion.findMany({
      orderBy: [{ importedAt: "desc" }, { id: "asc" }],
      select: { id: true, importedAt: true, activatedAt: true },
    });
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
    const rows = await db.datasetActivation.findMany({
      orderBy: [{ activatedAt: "desc" }, { pk: "desc" }],
      select: { versionId: true, previousId: true, activatedAt: true, version: { select: { importedAt: true } } },
    });
    return rows.map((r, i) => ({
      id: r.versionId,
      activatedAt: r.activatedAt.toISOString(),
      importedAt: r.version.importedAt.toISOString(),
      previous: r.previousId,
      isNewImport: r.version.importedAt.getTime() === r.activatedAt.getTime(),
      isCurrent: i === 0 && r.versionId === current,
    }));
  });
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
    const agreements = new Map<string, AgreementRef & { hash: string }>();
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

const strip = (a: AgreementRef & { hash: string }): AgreementRef => ({ slug: a.slug, shortTitle: a.shortTitle, title: a.title });

export function compareDigests(from: Digest | null, to: Digest) {
  const before = from?.agreements ?? new Map<string, AgreementRef & { hash: string }>();
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
      const [to, from] = await Promise.all([versionDigest(row.id), row.previous ? versionDigest(row.previous) : Promise.resolve(null)]);
      const diff = compareDigests(from, to);
      return { ...row, counts: to.counts, ...diff, sentence: describeChange(row, diff, to.counts) };
    }),
  );
  return { entries, total: history.length };
}

// What changed in one agreement between two versions, for the version diff page.
export type TextChange = {
  clause: string;
  provision: string;
  language: string;
  kind: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
  diff: WordDiff | null;
  provenance: string | null;
};
export type ListChange = { kind: "added" | "removed"; text: string };
export type AgreementChange = {
  agreement: AgreementRef;
  fields: { field: string; before: string; after: string }[];
  texts: TextChange[];
  scope: ListChange[];
  events: ListChange[];
  corrections: ListChange[];
};
export type VersionDiff = {
  from: string;
  to: string;
  added: AgreementRef[];
  removed: AgreementRef[];
  changed: AgreementChange[];
  unchanged: number;
};

type TextField = "title" | "shortTitle" | "date" | "form" | "legalCharacter" | "status" | "statusNote" | "forum" | "summary";
const FIELDS: [TextField, string][] = [
  ["title", "Title"],
  ["shortTitle", "Short title"],
  ["date", "Date"],
  ["form", "Form"],
  ["legalCharacter", "Legal character"],
  ["status", "Status"],
  ["statusNote", "Status note"],
  ["forum", "Forum"],
  ["summary", "Summary"],
];

const readingText = (category: string, r: ScopeReading) =>
  `${category}: ${r.position} (basis: ${r.basis}${r.confidence ? `, confidence ${r.confidence}` : ""}) — ${r.note}`;
const judgementText = (field: string, j: AgreementDetail["judgements"]["status"]) =>
  j ? `${field}: ${j.value} (basis: ${j.basis}) — ${j.note}` : null;
const eventText = (e: AgreementEvent) => `${e.date} ${e.kind}: ${e.title}${e.finding ? ` — ${e.finding}` : ""}`;

function listDiff(before: string[], after: string[]): ListChange[] {
  const a = new Set(before);
  const b = new Set(after);
  return [
    ...before.filter((x) => !b.has(x)).map((text) => ({ kind: "removed" as const, text })),
    ...after.filter((x) => !a.has(x)).map((text) => ({ kind: "added" as const, text })),
  ];
}

function provenanceOf(t: { form: string; isTranslation: boolean; translatedBy: string | null; confidence: string }): string {
  return [t.form, t.isTranslation ? `translation${t.translatedBy ? ` by ${t.translatedBy}` : ""}` : null, `confidence ${t.confidence}`]
    .filter(Boolean)
    .join(", ");
}

export function diffAgreement(before: AgreementDetail, after: AgreementDetail): AgreementChange {
  const fields = FIELDS.flatMap(([key, field]) => {
    const a = String(before[key] ?? "");
    const b = String(after[key] ?? "");
    return a === b ? [] : [{ field, before: a, after: b }];
  });
  // The agreement's own clauses, then each readout's statements (named "readout title: clause label").
  const textsOf = (d: AgreementDetail) =>
    new Map(
      [{ prefix: "", clauses: d.clauses }, ...d.readouts.map((r) => ({ prefix: `${r.title}: `, clauses: r.clauses }))].flatMap(
        ({ prefix, clauses }) =>
          clauses.flatMap((c) =>
            c.texts.map(
              (t) =>
                [
                  `${prefix}\u0000${c.provision.key}\u0000${c.label}\u0000${t.language}`,
                  { clause: `${prefix}${c.label}`, provision: c.provision.label, t },
                ] as const,
            ),
          ),
      ),
    );
  const a = textsOf(before);
  const b = textsOf(after);
  const texts: TextChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y)
      texts.push({
        clause: x.clause,
        provision: x.provision,
        language: x.t.language,
        kind: "removed",
        before: x.t.text,
        after: null,
        diff: null,
        provenance: provenanceOf(x.t),
      });
    else if (y.t.text !== x.t.text || provenanceOf(x.t) !== provenanceOf(y.t)) {
      texts.push({
        clause: y.clause,
        provision: y.provision,
        language: y.t.language,
        kind: "changed",
        before: x.t.text,
        after: y.t.text,
        diff: y.t.text === x.t.text ? null : diffClauseWords(x.t.text, y.t.text, y.t.language),
        provenance: provenanceOf(x.t) === provenanceOf(y.t) ? provenanceOf(y.t) : `${provenanceOf(x.t)} → ${provenanceOf(y.t)}`,
      });
    }
  }
  for (const [key, y] of b)
    if (!a.has(key))
      texts.push({
        clause: y.clause,
        provision: y.provision,
        language: y.t.language,
        kind: "added",
        before: null,
        after: y.t.text,
        diff: null,
        provenance: provenanceOf(y.t),
      });
  return {
    agreement: { slug: after.slug, shortTitle: after.shortTitle, title: after.title },
    fields,
    texts,
    scope: listDiff(
      [...before.scope.flatMap((s) => s.readings.map((r) => readingText(s.category.label, r))), ...judgementsText(before)],
      [...after.scope.flatMap((s) => s.readings.map((r) => readingText(s.category.label, r))), ...judgementsText(after)],
    ),
    events: listDiff(before.events.map(eventText), after.events.map(eventText)),
    corrections: listDiff(
      before.corrections.map((c) => `${c.claim} → ${c.correction}`),
      after.corrections.map((c) => `${c.claim} → ${c.correction}`),
    ),
  };
}

function judgementsText(d: AgreementDetail): string[] {
  return [judgementText("Legal character", d.judgements.legalCharacter), judgementText("Status", d.judgements.status)].filter(
    (t) => t !== null,
  );
}

/** Everything that changed from one version to another (either order); kept per pair. */
export function diffVersions(from: string, to: string): Promise<VersionDiff> {
  return memoByVersion(to, `diff-from:${from}`, async () => {
    const [a, b] = await Promise.all([versionDigest(from), versionDigest(to)]);
    const { added, removed, changed } = compareDigests(a, b);
    const details = await Promise.all(
      changed.map(async (ref) => {
        const [before, after] = await Promise.all([getAgreementBySlug(from, ref.slug), getAgreementBySlug(to, ref.slug)]);
        return before && after ? diffAgreement(before, after) : null;
      }),
    );
    return {
      from,
      to,
      added,
      removed,
      changed: details.filter((d) => d !== null),
      unchanged: b.agreements.size - added.length - changed.length,
    };
  });
}

/** Parses "{from}...{to}" (two version ids). */
export function parseRange(range: string): { from: string; to: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(range);
  } catch {
    return null;
  }
  const m = /^([0-9a-f]{12})\.\.\.([0-9a-f]{12})$/.exec(decoded);
  return m?.[1] && m[2] ? { from: m[1], to: m[2] } : null;
}
