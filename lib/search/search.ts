import "server-only";
// Full-text search of one version's clause texts, a page at a time: the query planned (./query.ts), the
// texts it matches ranked and read by lib/data/search.ts, each hit's excerpt highlighted and linked to
// where the clause is shown.
import { hitDetails, rankedTexts, searchVocabulary, type HitDetail } from "../data/search";
import { excerptOf, planSearch, type ExcerptPart, type SearchPlan } from "./query";
import { readoutsHref } from "@/lib/urls";

export const SEARCH_PAGE_SIZE = 20;

export type SearchHit = Omit<HitDetail, "clausePosition" | "clauseAnchor"> & {
  excerpt: ExcerptPart[];
  /** Where the clause is shown: its provision row on the agreement page, or the readouts page. */
  href: string;
};
export type SearchResult = { plan: SearchPlan; total: number; page: number; pages: number; hits: SearchHit[] };

/** Ranked, highlighted clause texts of one version for a query, a page at a time (one hit per clause). */
export async function searchClauses(versionId: string, q: string, page: number): Promise<SearchResult> {
  const plan = planSearch(q, await searchVocabulary(versionId));
  const ordered = await rankedTexts(versionId, plan);
  const pages = Math.max(1, Math.ceil(ordered.length / SEARCH_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = ordered.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE);
  const details = await hitDetails(shown);
  const hits = shown.flatMap((pk): SearchHit[] => {
    const d = details.get(pk);
    if (!d) return [];
    const { agreement, provision, readout, clauseLabel, clausePosition, clauseAnchor, text } = d;
    return [
      {
        agreement,
        provision,
        clauseLabel,
        readout,
        text,
        excerpt: excerptOf(text.text, text.language, plan),
        href: readout
          ? readoutsHref(agreement.slug, { base: readout.key })
          : `/agreements/${agreement.slug}#${clauseAnchor ?? `clause-${clausePosition + 1}`}`,
      },
    ];
  });
  return { plan, total: ordered.length, page: current, pages, hits };
}
