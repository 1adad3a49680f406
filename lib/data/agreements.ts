// The catalogue's agreements of one dataset version: the list (filtered or whole), one agreement's page, and
// the values the filters can take. The shapes read here are the domain's (lib/domain), made by ./agreement-shape.ts.
import "server-only";
import { db } from "./db";
import { z } from "zod";
import type { AgreementDetail, AgreementSummary, Party } from "@/lib/domain/schema";
import { detailSelect, eventNamesOthers, readoutPartyCodes, summarySelect, toDetail, toSummary } from "./agreement-shape";
import { catalogueIndex } from "./catalogue-index";
import { memoByVersion } from "./memo";
import { listExpressedProvisions } from "./provisions";
import { agreementsMatching } from "./search";

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
  const row = await db.agreement.findUnique({ where: { versionId_slug: { versionId, slug } }, select: detailSelect });
  if (!row) return null;
  const [agreements, parties] = await Promise.all([
    eventNamesOthers(row) ? listAgreements(versionId) : [],
    db.party.findMany({ where: { versionId, code: { in: readoutPartyCodes(row) } }, select: { code: true, name: true } }),
  ]);
  return toDetail(row, {
    shortTitles: new Map(agreements.map((a) => [a.slug, a.shortTitle])),
    partyByCode: new Map(parties.map((p) => [p.code, p] as const)),
  });
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
    listExpressedProvisions(versionId),
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
