// The catalogue the unit-test database is filled from (test/global-setup.ts): prisma/catalogue, or the folder
// PACTDIFF_CATALOGUE_DIR names (scripts/catalogue-growth.test.ts points it at a copy with one agreement more).
// Tests of the real catalogue take its counts from here or from the database, never from a number of their own.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { SearchHit } from "@/lib/search/search";

export function catalogueDir(): string {
  return process.env.PACTDIFF_CATALOGUE_DIR?.trim() || path.join("prisma", "catalogue");
}

/** The slugs of the catalogue's agreement files, sorted: one file per agreement, named after its slug. */
export function catalogueSlugs(): string[] {
  return readdirSync(path.join(catalogueDir(), "agreements"))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ""))
    .sort();
}

/**
 * Every hit of a search, on all its pages: what a search finds does not depend on how many documents rank above
 * it. The search module is loaded when called: e2e specs import this file too, outside the server.
 */
export async function allHits(versionId: string, q: string): Promise<SearchHit[]> {
  const { searchClauses } = await import("@/lib/search/search");
  const hits: SearchHit[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const result = await searchClauses(versionId, q, page);
    pages = result.pages;
    hits.push(...result.hits);
  }
  return hits;
}
