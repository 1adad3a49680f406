import "server-only";
import { z } from "zod";
import { db } from "../db";
import { databaseProvider } from "../env";
import { citationSelect, toCitations } from "../data/citations";
import type { ClauseText, Precision } from "@/lib/domain/schema";
import { memoByVersion } from "../data/memo";
import {
  excerptOf,
  fts5Match,
  hasOwnWords,
  planSearch,
  websearchQuery,
  type ExcerptPart,
  type SearchPlan,
  type VocabularyEntry,
} from "./query";

export const SEARCH_PAGE_SIZE = 20;
/** Matched texts considered per query (ranked by the index); enough for any sensible page, bounded for any query. */
const MAX_MATCHES = 400;

export type SearchHit = {
  agreement: { slug: string; shortTitle: string; date: string; datePrecision: Precision };
  provision: { key: string; label: string };
  clauseLabel: string;
  /** Set when the text is a party's readout of the agreement rather than the agreement's own wording. */
  readout: { key: string; title: string } | null;
  text: Omit<ClauseText, "note">;
  excerpt: ExcerptPart[];
  /** Where the clause is shown: its provision row on the agreement page, or the readouts page. */
  href: string;
};
export type SearchResult = { plan: SearchPlan; total: number; page: number; pages: number; hits: SearchHit[] };

/** Provisions and scope categories with their synonyms, per version. */
export function searchVocabulary(versionId: string): Promise<VocabularyEntry[]> {
  return memoByVersion(versionId, "search-vocabulary", async () => {
    const [provisions, categories] = await Promise.all([
      db.provision.findMany({
        where: { versionId },
        orderBy: { sortOrder: "asc" },
        select: { key: true, label: true, description: true, synonyms: true },
      }),
      db.scopeCategory.findMany({
        where: { versionId },
        orderBy: { sortOrder: "asc" },
        select: { key: true, label: true, description: true, synonyms: true },
      }),
    ]);
    const entry =
      (kind: VocabularyEntry["kind"]) =>
      (r: { key: string; label: string; description: string; synonyms: string }): VocabularyEntry => ({
        kind,
        key: r.key,
        label: r.label,
        description: r.description,
        synonyms: r.synonyms.split("\n").filter(Boolean),
      });
    return [...provisions.map(entry("provision")), ...categories.map(entry("scope"))];
  });
}

/** Rows of the ranking queries, checked as they come back (raw SQL is not typed by Prisma). */
const id = z.union([z.number(), z.bigint()]).transform(Number);
const rankedRows = z.array(z.object({ pk: id, clausePk: id, text: z.string() }));
type Matched = z.infer<typeof rankedRows>[number];

/**
 * The matching clause texts of one version, best first, from the database's full-text index, each with its
 * clause and wording (what ordering them needs), read in the same query.
 */
async function matchTexts(versionId: string, plan: SearchPlan): Promise<Matched[]> {
  if (databaseProvider() === "postgresql") {
    const query = websearchQuery(plan);
    if (!query) return [];
    const rows: unknown = await db.$queryRawUnsafe(
      `SELECT t."pk" AS pk, t."clausePk" AS "clausePk", t."text" AS text, ts_rank_cd(t."searchVector", q.query) AS rank
         FROM "ClauseText" t
         JOIN "Clause" c ON c."pk" = t."clausePk"
         JOIN "Agreement" a ON a."pk" = c."agreementPk",
         (SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('french', $1) || websearch_to_tsquery('russian', $1)
                 || websearch_to_tsquery('german', $1) || websearch_to_tsquery('simple', $1) AS query) q
        WHERE t."searchVector" @@ q.query AND a."versionId" = $2
        ORDER BY rank DESC, t."pk" ASC
        LIMIT ${MAX_MATCHES}`,
      query,
      versionId,
    );
    return rankedRows.parse(rows);
  }
  const match = fts5Match(plan);
  if (!match) return [];
  const rows: unknown = await db.$queryRawUnsafe(
    `SELECT s.rowid AS pk, t."clausePk" AS clausePk, t."text" AS text, bm25("ClauseTextSearch") AS rank
       FROM "ClauseTextSearch" s
       JOIN "ClauseText" t ON t."pk" = s.rowid
       JOIN "Clause" c ON c."pk" = t."clausePk"
       JOIN "Agreement" a ON a."pk" = c."agreementPk"
      WHERE "ClauseTextSearch" MATCH ? AND a."versionId" = ?
      ORDER BY rank ASC, s.rowid ASC
      LIMIT ${MAX_MATCHES}`,
    match,
    versionId,
  );
  return rankedRows.parse(rows);
}

/**
 * The clause texts a query finds, one per clause, in the order they are shown: texts with the query's own
 * words before those found through a synonym only, each group in the index's rank order; a clause quoted in
 * English and Chinese is one result, shown in the language the reader searched in. Worked out once per
 * version and query (the memo's bounds apply): each page of results is then a slice of it.
 */
function rankedTexts(versionId: string, plan: SearchPlan): Promise<number[]> {
  const key = `search-ranking\n${JSON.stringify([plan.words, plan.phrase, plan.expansions])}`;
  return memoByVersion(versionId, key, async () => {
    const ranked = await matchTexts(versionId, plan);
    const own = new Set(ranked.filter((r) => hasOwnWords(r.text, plan)));
    const preferred = [...own, ...ranked.filter((r) => !own.has(r))];
    const seen = new Set<number>();
    return preferred.flatMap((row) => {
      if (seen.has(row.clausePk)) return [];
      seen.add(row.clausePk);
      return [row.pk];
    });
  });
}

/** Ranked, highlighted clause texts of one version for a query, a page at a time (one hit per clause). */
export async function searchClauses(versionId: string, q: string, page: number): Promise<SearchResult> {
  const plan = planSearch(q, await searchVocabulary(versionId));
  const ordered = await rankedTexts(versionId, plan);
  const pages = Math.max(1, Math.ceil(ordered.length / SEARCH_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = ordered.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE);
  const details = shown.length
    ? await db.clauseText.findMany({
        where: { pk: { in: shown } },
        select: {
          pk: true,
          language: true,
          text: true,
          form: true,
          isTranslation: true,
          translatedBy: true,
          confidence: true,
          citations: citationSelect,
          clause: {
            select: {
              label: true,
              position: true,
              provision: { select: { key: true, label: true } },
              readout: { select: { key: true, title: true } },
              agreement: { select: { slug: true, shortTitle: true, date: true, datePrecision: true } },
            },
          },
        },
      })
    : [];
  const detailByPk = new Map(details.map((d) => [d.pk, d]));
  const hits = shown
    .flatMap((pk) => {
      const r = detailByPk.get(pk);
      return r ? [r] : [];
    })
    .map((r): SearchHit => {
      const { agreement, provision, readout, label, position } = r.clause;
      return {
        agreement,
        provision,
        clauseLabel: label,
        readout,
        text: {
          language: r.language,
          text: r.text,
          form: r.form,
          isTranslation: r.isTranslation,
          translatedBy: r.translatedBy,
          confidence: r.confidence,
          citations: toCitations(r.citations),
        },
        excerpt: excerptOf(r.text, r.language, plan),
        href: readout
          ? `/agreements/${agreement.slug}/readouts?base=${readout.key}`
          : `/agreements/${agreement.slug}#clause-${position + 1}`,
      };
    });
  return { plan, total: ordered.length, page: current, pages, hits };
}
