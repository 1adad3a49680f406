// A bibliography made of the site's citations, as a researcher makes one: the BibTeX that every agreement page's
// "Cite this" box offers, and that of two comparisons (one starting with an agreement also cited on its own),
// downloaded through the box's own links, put in one file and read by a BibTeX parser. No key may repeat (BibTeX
// would drop the repeated entries and a paper would cite the wrong work), and every entry keeps its address and
// the date it was read.
import bibtexParse from "bibtex-parse";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { listedAgreements } from "./catalogue-list";

const COMPARISONS = ["/compare/us-china-2015/canada-china-2017", "/compare/aukmin-2017/aukmin-2018?view=scope"];

/** The BibTeX link of a page's "Cite this" box, as the page renders it. */
async function bibtexLinkOf(request: APIRequestContext, page: string): Promise<string> {
  const response = await request.get(page);
  expect(response.status(), page).toBe(200);
  const html = await response.text();
  const at = html.indexOf('data-testid="cite-box"');
  expect(at, `${page} has no "Cite this" box`).toBeGreaterThanOrEqual(0);
  const box = html.slice(at);
  const href = box.match(/href="(\/api\/v1\/cite\?[^"]*format=bibtex[^"]*)"/)?.[1];
  expect(href, `${page}: no BibTeX link in its "Cite this" box`).toBeTruthy();
  return href!.replaceAll("&amp;", "&");
}

test("the BibTeX of every agreement and two comparisons makes one bibliography with no repeated key", async ({ request }) => {
  test.setTimeout(120_000);
  const pages = [...(await listedAgreements(request)).map((a) => `/agreements/${a.slug}`), ...COMPARISONS];
  const files: string[] = [];
  for (const page of pages) {
    const link = await bibtexLinkOf(request, page);
    const response = await request.get(link);
    expect(response.status(), link).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/x-bibtex");
    files.push(await response.text());
  }
  const entries = bibtexParse.entries(files.join("\n"));
  expect(entries).toHaveLength(pages.length);
  const keys = entries.map((e) => e.key.toLowerCase());
  const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
  expect(repeated, "repeated citation keys").toEqual([]);
  for (const entry of entries) {
    expect(entry.URL, entry.key).toMatch(/^https?:\/\/.+[?&]v=[0-9a-f]{12}/);
    expect(entry.URLDATE, entry.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A month BibTeX reads (the parser turns the macro into the month's name), never "dec 7".
    expect(entry.MONTH, entry.key).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December)$/);
  }
});
