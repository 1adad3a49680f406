// What changed between two dataset versions, for the version diff page (/changes/{from}...{to}): which
// agreements were added, removed or changed, and, a page at a time, what changed in each.
import { PATH } from "@/lib/domain/params";
import { diffClauseWords, type WordDiff } from "../compare/word-diff";
import { getAgreementBySlug, type AgreementDetail, type AgreementEvent, type ScopeReading } from "../data/agreements";
import { memoByVersion } from "../data/memo";
import { getProvisionCatalogue, listProvisions, type ProvisionCatalogue } from "../data/provisions";
import { provenanceLine } from "../compare/provenance";
import { compareDigests, versionDigest, type TitledAgreementRef } from "./changes";

/** Changed agreements a page. */
export const CHANGED_PAGE_SIZE = 25;
/** Characters of clause text (before and after) a page shows: two whole treaties' worth. */
export const CHANGES_TEXT_BUDGET = 300_000;

export type VersionChanges = {
  from: string;
  to: string;
  added: TitledAgreementRef[];
  removed: TitledAgreementRef[];
  changed: TitledAgreementRef[];
  unchanged: number;
};

// What changed in one agreement between two versions, for the version diff page.
export type TextChange = {
  clause: string;
  /** null for a treaty unit that no provision fits. */
  provision: string | null;
  language: string;
  kind: "added" | "removed" | "changed";
  before: string | null;
  after: string | null;
  diff: WordDiff | null;
  provenance: string | null;
};
export type ListChange = { kind: "added" | "removed"; text: string };
export type AgreementChange = {
  agreement: TitledAgreementRef;
  fields: { field: string; before: string; after: string }[];
  texts: TextChange[];
  /** Changed clause texts not shown: past the page's text budget. */
  omittedTexts: number;
  scope: ListChange[];
  events: ListChange[];
  corrections: ListChange[];
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

// The agreement's own clauses, then each readout's statements (named "readout title: clause label").
function textsOf(d: AgreementDetail) {
  return new Map(
    [{ prefix: "", clauses: d.clauses }, ...d.readouts.map((r) => ({ prefix: `${r.title}: `, clauses: r.clauses }))].flatMap(
      ({ prefix, clauses }) =>
        clauses.flatMap((c) =>
          c.texts.map(
            (t) =>
              [
                `${prefix}\u0000${c.provision?.key ?? ""}\u0000${c.label}\u0000${t.language}`,
                { clause: `${prefix}${c.label}`, provision: c.provision?.label ?? null, t },
              ] as const,
          ),
        ),
    ),
  );
}

/** What changed in one agreement; clause texts past `budget` characters (before and after) are counted, not kept. */
export function diffAgreement(before: AgreementDetail, after: AgreementDetail, budget = Infinity): AgreementChange {
  const fields = FIELDS.flatMap(([key, field]) => {
    const a = String(before[key] ?? "");
    const b = String(after[key] ?? "");
    return a === b ? [] : [{ field, before: a, after: b }];
  });
  const a = textsOf(before);
  const b = textsOf(after);
  type Entry = NonNullable<ReturnType<typeof a.get>>;
  const entry = (kind: TextChange["kind"], { clause, provision, t }: Entry, x: Entry | null, y: Entry | null): TextChange => ({
    clause,
    provision,
    language: t.language,
    kind,
    before: x?.t.text ?? null,
    after: y?.t.text ?? null,
    diff: null,
    provenance:
      x && y && provenanceLine(x.t) !== provenanceLine(y.t) ? `${provenanceLine(x.t)} → ${provenanceLine(y.t)}` : provenanceLine(t),
  });
  const texts: TextChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) texts.push(entry("removed", x, x, null));
    else if (y.t.text !== x.t.text || provenanceLine(x.t) !== provenanceLine(y.t)) texts.push(entry("changed", y, x, y));
  }
  for (const [key, y] of b) if (!a.has(key)) texts.push(entry("added", y, null, y));
  // Within the budget, in order; only the texts shown are diffed.
  const shown: TextChange[] = [];
  for (const t of texts) {
    budget -= (t.before?.length ?? 0) + (t.after?.length ?? 0);
    if (budget < 0) break;
    if (t.kind === "changed" && t.before !== t.after) t.diff = diffClauseWords(t.before ?? "", t.after ?? "", t.language);
    shown.push(t);
  }
  return {
    agreement: { slug: after.slug, shortTitle: after.shortTitle, title: after.title },
    fields,
    texts: shown,
    omittedTexts: texts.length - shown.length,
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

/** Which agreements were added, removed or changed between two versions (either order): from their digests. */
export async function versionChanges(from: string, to: string): Promise<VersionChanges> {
  const [a, b] = await Promise.all([versionDigest(from), versionDigest(to)]);
  const { added, removed, changed } = compareDigests(a, b);
  return { from, to, added, removed, changed, unchanged: b.agreements.size - added.length - changed.length };
}

/**
 * One page of the changed agreements, diffed: at most CHANGED_PAGE_SIZE agreements and CHANGES_TEXT_BUDGET
 * characters of clause text (before and after); the texts past the budget are counted, not shown. Kept per page.
 */
export function changedPage(changes: VersionChanges, page: number): Promise<AgreementChange[]> {
  const { from, to } = changes;
  return memoByVersion(to, `diff-from:${from}:page:${page}`, async () => {
    const refs = changes.changed.slice((page - 1) * CHANGED_PAGE_SIZE, page * CHANGED_PAGE_SIZE);
    const details = await Promise.all(
      refs.map(async (ref) => {
        const [before, after] = await Promise.all([getAgreementBySlug(from, ref.slug), getAgreementBySlug(to, ref.slug)]);
        return before && after ? { before, after } : null;
      }),
    );
    let budget = CHANGES_TEXT_BUDGET;
    return details
      .filter((d) => d !== null)
      .map(({ before, after }) => {
        const change = diffAgreement(before, after, budget);
        budget -= change.texts.reduce((n, t) => n + (t.before?.length ?? 0) + (t.after?.length ?? 0), 0);
        return change;
      });
  });
}

/** A wording whose closest earlier wording (its likely model, on the provision page) is not the one it was. */
export type LineageChange = {
  provision: { key: string; label: string };
  agreement: TitledAgreementRef;
  before: TitledAgreementRef | null;
  after: TitledAgreementRef | null;
};

/**
 * The lineage shifts an import causes: for every provision of both versions, each agreement in both whose
 * closest earlier wording changed (a new earlier document, a firmer text, a corrected date). Kept per pair.
 */
export function lineageChanges(from: string, to: string): Promise<LineageChange[]> {
  return memoByVersion(to, `lineage-from:${from}`, async () => {
    const [a, b] = await Promise.all([listProvisions(from), listProvisions(to)]);
    const shared = b.filter((p) => a.some((q) => q.key === p.key));
    const changes = await Promise.all(
      shared.map(async (p) => {
        const [before, after] = await Promise.all([getProvisionCatalogue(from, p.key), getProvisionCatalogue(to, p.key)]);
        return before && after ? lineageShifts(before, after) : [];
      }),
    );
    return changes.flat();
  });
}

type LineageOf = Pick<ProvisionCatalogue, "provision" | "wordings" | "lineage">;

/** Each agreement of both catalogues of one provision whose closest earlier wording is not the one it was. */
export function lineageShifts(before: LineageOf, after: LineageOf): LineageChange[] {
  const parents = (c: LineageOf) =>
    new Map(
      c.wordings.map((w, i) => {
        const parent = c.lineage[i]?.parent;
        const model = parent === null || parent === undefined ? undefined : c.wordings[parent];
        return [w.entry.agreement.slug, { self: refOf(w.entry.agreement), model: model ? refOf(model.entry.agreement) : null }] as const;
      }),
    );
  const [was, is] = [parents(before), parents(after)];
  return [...is].flatMap(([slug, now]) => {
    const then = was.get(slug);
    if (!then || then.model?.slug === now.model?.slug) return [];
    return [
      { provision: { key: after.provision.key, label: after.provision.label }, agreement: now.self, before: then.model, after: now.model },
    ];
  });
}

const refOf = (a: TitledAgreementRef): TitledAgreementRef => ({ slug: a.slug, shortTitle: a.shortTitle, title: a.title });

/** Parses "{from}...{to}" (two version ids), by the one vocabulary's path reader. */
export function parseRange(range: string): { from: string; to: string } | null {
  try {
    return PATH.range(decodeURIComponent(range));
  } catch {
    return null;
  }
}
