import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "../db";
import { z } from "zod";
import {
  formSchema,
  legalCharacterSchema,
  readoutKindSchema,
  scopePositionSchema,
  type AgreementDetail,
  type AgreementRef,
  type AgreementSummary,
  type Clause,
  type Judgement,
  type Party,
  type JudgementField,
  type ScopeEntry,
} from "@/lib/domain/schema";
import { citationSelect, evidenceRef, toCitations } from "./citations";
import { catalogueIndex } from "./catalogue-index";
import { memoByVersion } from "./memo";
import { agreementsMatching } from "../search/search";

// The shapes read here are the domain's (lib/domain). Coded values Prisma types as enums arrive typed;
// those stored as strings (they hold hyphens) are checked against the domain's lists as they are read.
export type {
  AgreementDetail,
  AgreementEvent,
  AgreementRef,
  AgreementSummary,
  Clause,
  ClauseText,
  Confidence,
  Correction,
  Judgement,
  Party,
  Precision,
  Readout,
  ReadoutKind,
  ScopeEntry,
  ScopePosition,
  ScopeReading,
  TextForm,
} from "@/lib/domain/schema";

export type AgreementFilters = { party?: string; year?: number; form?: string; scope?: string; provision?: string; q?: string };

const summarySelect = {
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
  clauses: { where: { readoutPk: null }, select: { provision: { select: { key: true, sortOrder: true } } } },
  readings: { where: { position: "covered" }, select: { category: { select: { key: true, sortOrder: true } } } },
} as const;

type SummaryRow = Prisma.AgreementGetPayload<{ select: Omit<typeof summarySelect, "parties" | "clauses" | "readings"> }> & {
  parties: { party: Party }[];
  clauses: { provision: { key: string; sortOrder: number } }[];
  readings: { category: { key: string; sortOrder: number } }[];
};

function uniqueSorted(items: { key: string; sortOrder: number }[]): string[] {
  return [...new Map(items.map((i) => [i.key, i])).values()].sort((a, b) => a.sortOrder - b.sortOrder).map((i) => i.key);
}

function toSummary(row: SummaryRow): AgreementSummary {
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
    provisionKeys: uniqueSorted(row.clauses.map((c) => c.provision)),
    coveredScope: uniqueSorted(row.readings.map((r) => r.category)),
  };
}

const agreementPks = z.array(z.object({ pk: z.union([z.number(), z.bigint()]).transform(Number) }));

/**
 * Agreements of a version whose title, short title, summary or slug contain the words typed, ignoring case
 * the same way on both databases (lower() on each side; `%`, `_` and `\` typed are literal characters).
 */
async function agreementsContaining(versionId: string, q: string): Promise<number[]> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows: unknown = await db.$queryRaw`
    SELECT "pk" FROM "Agreement"
     WHERE "versionId" = ${versionId}
       AND (lower("title") LIKE ${pattern} ESCAPE '\\' OR lower("shortTitle") LIKE ${pattern} ESCAPE '\\'
            OR lower("summary") LIKE ${pattern} ESCAPE '\\' OR lower("slug") LIKE ${pattern} ESCAPE '\\')`;
  return agreementPks.parse(rows).map((r) => r.pk);
}

/** The catalogue's text box: agreements whose title, summary or slug hold the words, or whose texts the search finds. */
async function agreementsAbout(versionId: string, q: string): Promise<number[]> {
  const [named, quoted] = await Promise.all([agreementsContaining(versionId, q), agreementsMatching(versionId, q)]);
  return [...new Set([...named, ...quoted])];
}

/** Agreements of a dataset version in catalogue order (by date), narrowed by the filters given. */
export function listAgreements(versionId: string, filters: AgreementFilters = {}): Promise<AgreementSummary[]> {
  // The whole list (on every comparison page, in the picker) is kept per version; filtered lists are not.
  if (Object.values(filters).every((v) => v === undefined || v === "")) return memoByVersion(versionId, "list", () => queryAgreements(versionId, {}));
  return queryAgreements(versionId, filters);
}

async function queryAgreements(versionId: string, filters: AgreementFilters): Promise<AgreementSummary[]> {
  const rows = await db.agreement.findMany({
    where: {
      versionId,
      ...(filters.year !== undefined && { year: filters.year }),
      ...(filters.form && { form: filters.form }),
      ...(filters.party && { parties: { some: { party: { code: filters.party } } } }),
      ...(filters.scope && { readings: { some: { position: "covered", category: { key: filters.scope } } } }),
      ...(filters.provision && { clauses: { some: { readoutPk: null, provision: { key: filters.provision } } } }),
      ...(filters.q && { pk: { in: await agreementsAbout(versionId, filters.q) } }),
    },
    orderBy: { sortOrder: "asc" },
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/** One agreement of a dataset version with everything shown on its page; kept per version. */
export async function getAgreementBySlug(versionId: string, slug: string): Promise<AgreementDetail | null> {
  // Unknown slugs are answered from the version's index, so that they neither query nor fill the memo.
  if (!(await catalogueIndex(versionId)).has(slug)) return null;
  return memoByVersion(versionId, `agreement:${slug}`, () => queryAgreement(versionId, slug));
}

async function queryAgreement(versionId: string, slug: string): Promise<AgreementDetail | null> {
  const row = await db.agreement.findUnique({
    where: { versionId_slug: { versionId, slug } },
    select: {
      ...summarySelect,
      forum: true,
      statusNote: true,
      supersededBy: true,
      sources: { select: { key: true, title: true, publisher: true, url: true, evidence: { select: { key: true, versionId: true } } } },
      clauses: { where: { readoutPk: null }, orderBy: { position: "asc" }, select: clauseSelect },
      judgements: { select: { field: true, value: true, basis: true, note: true, citations: citationSelect } },
      readouts: {
        orderBy: { sortOrder: "asc" },
        select: {
          key: true,
          partyCode: true,
          issuedBy: true,
          title: true,
          date: true,
          datePrecision: true,
          kind: true,
          note: true,
          clauses: { orderBy: { position: "asc" }, select: clauseSelect },
        },
      },
      readings: {
        orderBy: [{ category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
        select: { position: true, basis: true, confidence: true, note: true, category: { select: { key: true, label: true, sortOrder: true } }, citations: citationSelect },
      },
      events: {
        orderBy: [{ date: "asc" }, { sortOrder: "asc" }],
        select: {
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
          citations: citationSelect,
        },
      },
      corrections: { orderBy: { sortOrder: "asc" }, select: { claim: true, claimedBy: true, correction: true, citations: citationSelect } },
    },
  });
  if (!row) return null;

  const covered = row.readings.filter((r) => r.position === "covered").map((r) => ({ category: r.category }));
  const summary = toSummary({ ...row, readings: covered });
  const scope = new Map<string, ScopeEntry>();
  for (const r of row.readings) {
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
  const sourceByKey = new Map(row.sources.map((s) => [s.key, s]));
  const needsNames = row.events.some((e) => e.alsoConcerns || e.sharedFrom);
  const shortTitles = needsNames ? new Map((await listAgreements(versionId)).map((a) => [a.slug, a.shortTitle])) : new Map<string, string>();
  const ref = (slug: string): AgreementRef => ({ slug, shortTitle: shortTitles.get(slug) ?? slug });
  const partyByCode = new Map(
    (await db.party.findMany({ where: { versionId, code: { in: row.readouts.flatMap((r) => (r.partyCode ? [r.partyCode] : [])) } }, select: { code: true, name: true } })).map(
      (p) => [p.code, p] as const,
    ),
  );

  return {
    ...summary,
    forum: row.forum,
    statusNote: row.statusNote,
    supersededBy: row.supersededBy,
    clauses: row.clauses.map(toClause),
    judgements: { legalCharacter: judgementOf(row.judgements, "legal-character"), status: judgementOf(row.judgements, "status") },
    readouts: row.readouts.map((r) => ({
      key: r.key,
      party: r.partyCode ? (partyByCode.get(r.partyCode) ?? { code: r.partyCode, name: r.partyCode }) : null,
      issuedBy: r.issuedBy,
      title: r.title,
      date: r.date,
      datePrecision: r.datePrecision,
      kind: readoutKindSchema.parse(r.kind),
      note: r.note,
      clauses: r.clauses.map(toClause),
    })),
    scope: [...scope.values()],
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
    corrections: row.corrections.map((c) => {
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
    }),
  };
}

export const clauseSelect = {
  label: true,
  note: true,
  provision: { select: { key: true, label: true, sortOrder: true } },
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
    provision: { key: c.provision.key, label: c.provision.label },
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

type JudgementRow = Prisma.JudgementGetPayload<{ select: { field: true; value: true; basis: true; note: true; citations: typeof citationSelect } }>;

function judgementOf(rows: JudgementRow[], field: JudgementField): Judgement | null {
  const row = rows.find((r) => r.field === field);
  return row ? { value: row.value, basis: row.basis, note: row.note, citations: toCitations(row.citations) } : null;
}

export type FilterOptions = { parties: Party[]; years: number[]; forms: string[]; scope: { key: string; label: string }[]; provisions: { key: string; label: string }[] };

export function getFilterOptions(versionId: string): Promise<FilterOptions> {
  return memoByVersion(versionId, "filter-options", () => queryFilterOptions(versionId));
}

async function queryFilterOptions(versionId: string): Promise<FilterOptions> {
  const [parties, agreements, scope, provisions] = await Promise.all([
    db.party.findMany({ where: { versionId, agreements: { some: {} } }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db.agreement.findMany({ where: { versionId }, select: { year: true, form: true } }),
    db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true } }),
    db.provision.findMany({ where: { versionId, clauses: { some: { readoutPk: null } } }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true } }),
  ]);
  return {
    parties,
    years: [...new Set(agreements.map((a) => a.year))].sort(),
    forms: [...new Set(agreements.map((a) => a.form))].sort(),
    scope,
    provisions,
  };
}

export function listScopeCategories(versionId: string): Promise<{ key: string; label: string }[]> {
  return memoByVersion(versionId, "scope-categories", () =>
    db.scopeCategory.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true } }),
  );
}
