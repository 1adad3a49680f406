// How an agreement is read and shaped: the Prisma selections of the catalogue's list and of an agreement's
// page, and the functions that turn their rows into the domain's shapes (lib/domain). Coded values Prisma
// types as enums arrive typed; those stored as strings (they hold hyphens) are checked as they are read.
import type { Prisma } from "@prisma/client";
import {
  alignmentKindSchema,
  formSchema,
  legalCharacterSchema,
  readoutKindSchema,
  scopePositionSchema,
  type AgreementDetail,
  type AgreementRef,
  type AgreementSummary,
  type Clause,
  type Judgement,
  type JudgementField,
  type Party,
  type ScopeEntry,
} from "@/lib/domain/schema";
import { citationSelect, evidenceRef, toCitations } from "./citations";

export const summarySelect = {
  slug: true,
  title: true,
  shortTitle: true,
  form: true,
  legalCharacter: true,
  status: true,
  date: true,
  datePrecision: true,
  year: true,
  summary: true,
  parties: { orderBy: { position: "asc" }, select: { party: { select: { code: true, name: true } } } },
  clauses: { where: { readoutPk: null, provisionPk: { not: null } }, select: { provision: { select: { key: true, sortOrder: true } } } },
  readings: { where: { position: "covered" }, select: { category: { select: { key: true, sortOrder: true } } } },
} as const;

type SummaryRow = Prisma.AgreementGetPayload<{ select: Omit<typeof summarySelect, "parties" | "clauses" | "readings"> }> & {
  parties: { party: Party }[];
  clauses: { provision: { key: string; sortOrder: number } | null }[];
  readings: { category: { key: string; sortOrder: number } }[];
};

function uniqueSorted(items: { key: string; sortOrder: number }[]): string[] {
  return [...new Map(items.map((i) => [i.key, i])).values()].sort((a, b) => a.sortOrder - b.sortOrder).map((i) => i.key);
}

export function toSummary(row: SummaryRow): AgreementSummary {
  return {
    slug: row.slug,
    title: row.title,
    shortTitle: row.shortTitle,
    parties: row.parties.map((p) => p.party),
    form: formSchema.parse(row.form),
    legalCharacter: row.legalCharacter === null ? null : legalCharacterSchema.parse(row.legalCharacter),
    status: row.status,
    date: row.date,
    datePrecision: row.datePrecision,
    year: row.year,
    summary: row.summary,
    provisionKeys: uniqueSorted(row.clauses.flatMap((c) => (c.provision ? [c.provision] : []))),
    coveredScope: uniqueSorted(row.readings.map((r) => r.category)),
  };
}

export const clauseSelect = {
  label: true,
  note: true,
  number: true,
  heading: true,
  divisions: true,
  anchor: true,
  position: true,
  provision: { select: { key: true, label: true, sortOrder: true } },
  reuses: {
    orderBy: { rank: "asc" },
    select: {
      share: true,
      language: true,
      toClause: { select: { label: true, heading: true, anchor: true, position: true, agreement: { select: { slug: true, shortTitle: true, date: true } } } },
    },
  },
  texts: {
    orderBy: { position: "asc" },
    select: { language: true, text: true, form: true, isTranslation: true, translatedBy: true, confidence: true, note: true, citations: citationSelect },
  },
} as const;

export type ClauseRow = Prisma.ClauseGetPayload<{ select: typeof clauseSelect }>;

export function toClause(c: ClauseRow): Clause {
  return {
    label: c.label,
    note: c.note,
    provision: c.provision && { key: c.provision.key, label: c.provision.label },
    number: c.number,
    heading: c.heading,
    divisions: c.divisions ? c.divisions.split("\n") : [],
    anchor: c.anchor,
    reuse: c.reuses.map((r) => ({
      share: r.share,
      language: r.language,
      agreement: r.toClause.agreement,
      label: r.toClause.label,
      heading: r.toClause.heading,
      anchor: r.toClause.anchor ?? `clause-${r.toClause.position + 1}`,
    })),
    texts: c.texts.map((t) => ({
      language: t.language,
      text: t.text,
      form: t.form,
      isTranslation: t.isTranslation,
      translatedBy: t.translatedBy,
      confidence: t.confidence,
      note: t.note,
      citations: toCitations(t.citations),
    })),
  };
}

/** An event's own columns, as the page and the data package read them. */
export const eventColumns = {
  kind: true,
  date: true,
  datePrecision: true,
  title: true,
  description: true,
  assessor: true,
  finding: true,
  confidence: true,
  alsoConcerns: true,
  sharedFrom: true,
} as const;

/** A readout's own columns, as the page and the data package read them. */
export const readoutColumns = {
  key: true,
  partyCode: true,
  issuedBy: true,
  title: true,
  date: true,
  datePrecision: true,
  kind: true,
  note: true,
} as const;

/** Everything an agreement's page shows, in one query. */
export const detailSelect = {
  ...summarySelect,
  forum: true,
  statusNote: true,
  supersededBy: true,
  extent: true,
  extentNote: true,
  alignments: { orderBy: { position: "asc" }, select: { otherSlug: true, these: true, those: true, kind: true, confirmedBy: true, note: true } },
  sources: { select: { key: true, title: true, publisher: true, url: true, evidence: { select: { key: true, versionId: true } } } },
  clauses: { where: { readoutPk: null }, orderBy: { position: "asc" }, select: clauseSelect },
  judgements: { select: { field: true, value: true, basis: true, note: true, citations: citationSelect } },
  readouts: {
    orderBy: { sortOrder: "asc" },
    select: { ...readoutColumns, clauses: { orderBy: { position: "asc" }, select: clauseSelect } },
  },
  readings: {
    orderBy: [{ category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { position: true, basis: true, confidence: true, note: true, category: { select: { key: true, label: true, sortOrder: true } }, citations: citationSelect },
  },
  events: {
    orderBy: [{ date: "asc" }, { sortOrder: "asc" }],
    select: { ...eventColumns, citations: citationSelect },
  },
  corrections: { orderBy: { sortOrder: "asc" }, select: { claim: true, claimedBy: true, correction: true, citations: citationSelect } },
} satisfies Prisma.AgreementSelect;

export type DetailRow = Prisma.AgreementGetPayload<{ select: typeof detailSelect }>;

/** What the detail's row does not hold: the short titles of the agreements its events name, the readouts' parties. */
export type DetailNames = { shortTitles: Map<string, string>; partyByCode: Map<string, Party> };

/** Whether some event names other agreements, whose short titles the detail shows. */
export const eventNamesOthers = (row: DetailRow) => row.events.some((e) => e.alsoConcerns || e.sharedFrom);

/** The party codes of the readouts, whose names the detail shows. */
export const readoutPartyCodes = (row: DetailRow) => row.readouts.flatMap((r) => (r.partyCode ? [r.partyCode] : []));

export function toDetail(row: DetailRow, names: DetailNames): AgreementDetail {
  const covered = row.readings.filter((r) => r.position === "covered").map((r) => ({ category: r.category }));
  const ref = (slug: string): AgreementRef => ({ slug, shortTitle: names.shortTitles.get(slug) ?? slug });
  return {
    ...toSummary({ ...row, readings: covered }),
    forum: row.forum,
    statusNote: row.statusNote,
    supersededBy: row.supersededBy,
    extent: row.extent ? { value: row.extent === "whole" ? "whole" : "partial", note: row.extentNote ?? "" } : null,
    clauses: row.clauses.map(toClause),
    alignments: row.alignments.map((a) => ({
      with: a.otherSlug,
      these: a.these.split("\n"),
      those: a.those.split("\n"),
      kind: alignmentKindSchema.parse(a.kind),
      confirmedBy: a.confirmedBy,
      note: a.note,
    })),
    judgements: { legalCharacter: judgementOf(row.judgements, "legal-character"), status: judgementOf(row.judgements, "status") },
    readouts: row.readouts.map((r) => ({
      key: r.key,
      party: r.partyCode ? (names.partyByCode.get(r.partyCode) ?? { code: r.partyCode, name: r.partyCode }) : null,
      issuedBy: r.issuedBy,
      title: r.title,
      date: r.date,
      datePrecision: r.datePrecision,
      kind: readoutKindSchema.parse(r.kind),
      note: r.note,
      clauses: r.clauses.map(toClause),
    })),
    scope: scopeOf(row.readings),
    events: row.events.map((e) => ({
      kind: e.kind,
      date: e.date,
      datePrecision: e.datePrecision,
      title: e.title,
      description: e.description,
      assessor: e.assessor,
      finding: e.finding,
      confidence: e.confidence,
      citations: toCitations(e.citations),
      alsoConcerns: e.alsoConcerns ? e.alsoConcerns.split(",").map(ref) : [],
      sharedFrom: e.sharedFrom ? ref(e.sharedFrom) : null,
    })),
    corrections: correctionsOf(row),
  };
}

/** Scope readings grouped by category, in the category's order. */
function scopeOf(readings: DetailRow["readings"]): ScopeEntry[] {
  const scope = new Map<string, ScopeEntry>();
  for (const r of readings) {
    const entry = scope.get(r.category.key) ?? { category: { key: r.category.key, label: r.category.label }, readings: [] };
    entry.readings.push({
      position: scopePositionSchema.parse(r.position),
      basis: r.basis,
      confidence: r.confidence,
      note: r.note,
      citations: toCitations(r.citations),
    });
    scope.set(r.category.key, entry);
  }
  return [...scope.values()];
}

/** Corrections, each with what is known of the source that made the claim. */
function correctionsOf(row: DetailRow): AgreementDetail["corrections"] {
  const sourceByKey = new Map(row.sources.map((s) => [s.key, s]));
  return row.corrections.map((c) => {
    const by = sourceByKey.get(c.claimedBy);
    return {
      claim: c.claim,
      claimedBy: {
        key: c.claimedBy,
        evidence: evidenceRef(by?.evidence?.key, by?.evidence?.versionId),
        title: by?.title ?? null,
        publisher: by?.publisher ?? null,
        url: by?.url ?? null,
      },
      correction: c.correction,
      citations: toCitations(c.citations),
    };
  });
}

type JudgementRow = Prisma.JudgementGetPayload<{ select: { field: true; value: true; basis: true; note: true; citations: typeof citationSelect } }>;

function judgementOf(rows: JudgementRow[], field: JudgementField): Judgement | null {
  const row = rows.find((r) => r.field === field);
  return row ? { value: row.value, basis: row.basis, note: row.note, citations: toCitations(row.citations) } : null;
}
