import "server-only";
// The full-text search's reads: the vocabulary a query is planned with, the ranking of the texts a plan
// matches (SQLite FTS5 or PostgreSQL's tsvector index, raw SQL checked as it comes back) and what a page of
// hits shows of each text. lib/search plans the query and highlights the excerpts; this reads.
import { z } from "zod";
import { db } from "./db";
import { databaseProvider } from "../runtime/env";
import { confidenceSchema, precisionSchema, sourceSchema, textFormSchema, type ClauseText, type Precision } from "@/lib/domain/schema";
import { fts5Match, fts5Own, planSearch, websearchOwn, websearchQuery, type SearchPlan, type VocabularyEntry } from "../search/query";
import { evidenceRef, type Citation } from "./citations";
import { memoByVersion } from "./memo";

/** Matched texts considered per query (ranked by the index); enough for any sensible page, bounded for any query. */
const MAX_MATCHES = 400;

/** What a hit shows of a clause text: its wording and provenance marks, its clause, provision, readout and agreement. */
export type HitDetail = {
  agreement: { slug: string; shortTitle: string; date: string; datePrecision: Precision };
  /** null for a treaty's article that no provision fits. */
  provision: { key: string; label: string } | null;
  clauseLabel: string;
  /** The clause's place in its agreement (0-based), and a treaty unit's own anchor (art-7). */
  clausePosition: number;
  clauseAnchor: string | null;
  /** Set when the text is a party's readout of the agreement rather than the agreement's own wording. */
  readout: { key: string; title: string } | null;
  text: Omit<ClauseText, "note">;
};

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
const flag = z.union([z.boolean(), z.number(), z.bigint()]).transform((v) => Boolean(Number(v)));
const rankedRows = z.array(z.object({ pk: id, clausePk: id, agreementPk: id }));

/** A PostgreSQL tsquery of a parameter, read in every language the catalogue is written in. */
const tsquery = (param: string) =>
  ["english", "french", "russian", "german", "simple"].map((config) => `websearch_to_tsquery('${config}', ${param})`).join(" || ");

/**
 * The matching clause texts of one version in the order they are shown, from the database's full-text
 * index: texts with the query's own words before those found through a synonym only (the index tells
 * which), each group best first. Ids only: the texts a page shows are read for that page.
 */
async function matchTexts(versionId: string, plan: SearchPlan): Promise<{ pk: number; clausePk: number; agreementPk: number }[]> {
  // Without synonyms, every match has the query's own words.
  const synonyms = plan.expansions.length > 0;
  if (databaseProvider() === "postgresql") {
    const query = websearchQuery(plan);
    const own = websearchOwn(plan);
    if (!query || !own) return [];
    const rows: unknown = await db.$queryRawUnsafe(
      `SELECT t."pk" AS pk, t."clausePk" AS "clausePk", a."pk" AS "agreementPk"
         FROM "ClauseText" t
         JOIN "Clause" c ON c."pk" = t."clausePk"
         JOIN "Agreement" a ON a."pk" = c."agreementPk",
         (SELECT ${tsquery("$1")} AS query, ${tsquery("$2")} AS own) q
        WHERE t."searchVector" @@ q.query AND a."versionId" = $3
        ORDER BY ${synonyms ? `(t."searchVector" @@ q.own) DESC, ` : ""}ts_rank_cd(t."searchVector", q.query) DESC, t."pk" ASC
        LIMIT ${MAX_MATCHES}`,
      query,
      own,
      versionId,
    );
    return rankedRows.parse(rows);
  }
  const match = fts5Match(plan);
  const own = fts5Own(plan);
  if (!match || !own) return [];
  const rows: unknown = await db.$queryRawUnsafe(
    `SELECT s.rowid AS pk, t."clausePk" AS clausePk, a."pk" AS agreementPk
       FROM "ClauseTextSearch" s
       JOIN "ClauseText" t ON t."pk" = s.rowid
       JOIN "Clause" c ON c."pk" = t."clausePk"
       JOIN "Agreement" a ON a."pk" = c."agreementPk"
      WHERE "ClauseTextSearch" MATCH ? AND a."versionId" = ?
      ORDER BY ${synonyms ? `s.rowid IN (SELECT rowid FROM "ClauseTextSearch" WHERE "ClauseTextSearch" MATCH ?) DESC, ` : ""}bm25("ClauseTextSearch") ASC, s.rowid ASC
      LIMIT ${MAX_MATCHES}`,
    match,
    versionId,
    ...(synonyms ? [own] : []),
  );
  return rankedRows.parse(rows);
}

/**
 * The clause texts a query finds, one per clause, in the order they are shown; a clause quoted in English
 * and Chinese is one result, shown in the language the reader searched in (the text with the reader's own
 * words comes first). Worked out once per version and query (the memo's bounds apply): each page of
 * results is then a slice of it.
 */
export function rankedTexts(versionId: string, plan: SearchPlan): Promise<number[]> {
  const key = `search-ranking\n${JSON.stringify([plan.words, plan.phrase, plan.expansions])}`;
  return memoByVersion(versionId, key, async () => {
    const seen = new Set<number>();
    return (await matchTexts(versionId, plan)).flatMap((row) => {
      if (seen.has(row.clausePk)) return [];
      seen.add(row.clausePk);
      return [row.pk];
    });
  });
}

/**
 * The agreements whose clause texts (or readouts) the search finds for `q`, with its synonyms: what the
 * catalogue's text box adds to its matches in titles and summaries, so that both searches agree.
 */
export async function agreementsMatching(versionId: string, q: string): Promise<number[]> {
  const plan = planSearch(q, await searchVocabulary(versionId));
  const key = `search-agreements\n${JSON.stringify([plan.words, plan.phrase, plan.expansions])}`;
  return memoByVersion(versionId, key, async () => [...new Set((await matchTexts(versionId, plan)).map((r) => r.agreementPk))]);
}

/** Where a raw query's parameters go: `?` for SQLite, `$1`, `$2`… for PostgreSQL. */
const placeholders = (count: number): string =>
  Array.from({ length: count }, (_, i) => (databaseProvider() === "postgresql" ? `$${i + 1}` : "?")).join(", ");

const detailRows = z.array(
  z.object({
    pk: id,
    language: z.string(),
    text: z.string(),
    form: textFormSchema,
    isTranslation: flag,
    translatedBy: z.string().nullable(),
    confidence: confidenceSchema,
    clauseLabel: z.string(),
    clausePosition: id,
    clauseAnchor: z.string().nullable(),
    provisionKey: z.string().nullable(),
    provisionLabel: z.string().nullable(),
    readoutKey: z.string().nullable(),
    readoutTitle: z.string().nullable(),
    slug: z.string(),
    shortTitle: z.string(),
    date: z.string(),
    datePrecision: precisionSchema,
  }),
);
/** A citation's row: the text it belongs to, its pinpoint and its source's columns (the domain's source). */
const citationRows = z.array(
  sourceSchema.omit({ evidence: true }).extend({
    clauseTextPk: id,
    pinpoint: z.string().nullable(),
    evidenceKey: z.string().nullable(),
    evidenceVersion: z.string().nullable(),
  }),
);

/** The citations of the given clause texts, each text's in order. */
async function citationsOf(pks: number[]): Promise<Map<number, Citation[]>> {
  const cited = await db.$queryRawUnsafe(
    `SELECT ci."clauseTextPk" AS "clauseTextPk", ci."pinpoint" AS "pinpoint", s."key" AS "key", s."title" AS "title",
            s."publisher" AS "publisher", s."date" AS "date", s."url" AS "url", s."kind" AS "kind", s."reliability" AS "reliability",
            e."key" AS "evidenceKey", e."versionId" AS "evidenceVersion"
       FROM "Citation" ci
       JOIN "Source" s ON s."pk" = ci."sourcePk"
       LEFT JOIN "EvidenceSource" e ON e."pk" = s."evidencePk"
      WHERE ci."clauseTextPk" IN (${placeholders(pks.length)})
      ORDER BY ci."clauseTextPk" ASC, ci."position" ASC`,
    ...pks,
  );
  const citations = new Map<number, Citation[]>();
  for (const { clauseTextPk, pinpoint, evidenceKey, evidenceVersion, ...source } of citationRows.parse(cited)) {
    const list = citations.get(clauseTextPk) ?? [];
    list.push({ pinpoint, source: { ...source, evidence: evidenceRef(evidenceKey, evidenceVersion) } });
    citations.set(clauseTextPk, list);
  }
  return citations;
}

/**
 * What a page of hits shows of each text: its wording and provenance marks, its clause, provision,
 * readout and agreement (one joined query), and its citations in order (a second). Two queries for any
 * page, where the ORM's nested read takes one a relation.
 */
export async function hitDetails(pks: number[]): Promise<Map<number, HitDetail>> {
  if (pks.length === 0) return new Map();
  const [rows, citations] = await Promise.all([
    db.$queryRawUnsafe(
      `SELECT t."pk" AS "pk", t."language" AS "language", t."text" AS "text", t."form" AS "form",
              t."isTranslation" AS "isTranslation", t."translatedBy" AS "translatedBy", t."confidence" AS "confidence",
              c."label" AS "clauseLabel", c."position" AS "clausePosition", c."anchor" AS "clauseAnchor", p."key" AS "provisionKey", p."label" AS "provisionLabel",
              r."key" AS "readoutKey", r."title" AS "readoutTitle",
              a."slug" AS "slug", a."shortTitle" AS "shortTitle", a."date" AS "date", a."datePrecision" AS "datePrecision"
         FROM "ClauseText" t
         JOIN "Clause" c ON c."pk" = t."clausePk"
         LEFT JOIN "Provision" p ON p."pk" = c."provisionPk"
         JOIN "Agreement" a ON a."pk" = c."agreementPk"
         LEFT JOIN "Readout" r ON r."pk" = c."readoutPk"
        WHERE t."pk" IN (${placeholders(pks.length)})`,
      ...pks,
    ),
    citationsOf(pks),
  ]);
  return new Map(
    detailRows.parse(rows).map((r): [number, HitDetail] => [
      r.pk,
      {
        agreement: { slug: r.slug, shortTitle: r.shortTitle, date: r.date, datePrecision: r.datePrecision },
        provision: r.provisionKey !== null && r.provisionLabel !== null ? { key: r.provisionKey, label: r.provisionLabel } : null,
        clauseLabel: r.clauseLabel,
        readout: r.readoutKey !== null && r.readoutTitle !== null ? { key: r.readoutKey, title: r.readoutTitle } : null,
        clausePosition: r.clausePosition,
        clauseAnchor: r.clauseAnchor,
        text: {
          language: r.language,
          text: r.text,
          form: r.form,
          isTranslation: r.isTranslation,
          translatedBy: r.translatedBy,
          confidence: r.confidence,
          citations: citations.get(r.pk) ?? [],
        },
      },
    ]),
  );
}
