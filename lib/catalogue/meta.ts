// What a page tells machines about itself beside what it shows readers: which address is canonical, the tags
// reference managers read to save a citation, and the preview of pages that have no image of their own.
//
// - Canonical: a page pinned to a dataset version (v=) is canonical to itself only when that version is not the
//   current one; pinned to the current version it shows what the unpinned address shows, so that one is canonical.
// - Citation tags: Highwire Press (citation_*, read by Zotero, Mendeley and Google Scholar) and Dublin Core
//   (DC.*), built from the same CSL item as the page's "Cite this" box (lib/cite), so a reference saved from the
//   page and one downloaded from the box name the same title, pinned address, date and publisher.
import type { Metadata } from "next";
import { cslItem, type CiteTarget, type CslItem } from "../cite/cite";
import type { DatasetVersionInfo } from "../data/versions";
import { LICENCE } from "../licence";

/** The version a page's canonical address is pinned to: its own when it is not the current one, else none. */
export function canonicalPin(version: Pick<DatasetVersionInfo, "id" | "isLatest">): string | undefined {
  return version.isLatest ? undefined : version.id;
}

/** What Dublin Core's rights field says: the licence of the catalogue's own work, and what it does not cover. */
export const RIGHTS = `Coding and notes: ${LICENCE.short} (${LICENCE.url}); quoted texts remain their publishers'.`;

/** The parts of a CSL date as Highwire (2015/09/25) and Dublin Core (2015-09-25) write them. */
function citationDates(item: CslItem): { highwire: string; iso: string } {
  const parts = (item.issued["date-parts"][0] ?? []).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0")));
  return { highwire: parts.join("/"), iso: parts.join("-") };
}

/** Highwire and Dublin Core tags of one cited item, as Next's Metadata `other` field renders them (meta name=…). */
export function citationTags(item: CslItem): Record<string, string | string[]> {
  const authors = item.author.map((a) => a.literal);
  const { highwire, iso } = citationDates(item);
  return {
    citation_title: item.title,
    citation_author: authors,
    citation_publication_date: highwire,
    citation_publisher: item.publisher,
    citation_public_url: item.URL,
    citation_abstract_html_url: item.URL,
    citation_language: "en",
    "DC.title": item.title,
    "DC.creator": authors,
    "DC.date": iso,
    "DC.identifier": item.URL,
    "DC.publisher": item.publisher,
    "DC.rights": RIGHTS,
    "DC.type": "Dataset",
    "DC.language": "en",
  };
}

/** The citation tags of a cited page (the CSL item's access date plays no part in them). */
export function citationMetadata(target: CiteTarget, site: string): Record<string, string | string[]> {
  return citationTags(cslItem(target, site, new Date()));
}

/** A provision's Atom feed, as a page links it in its head (rel=alternate): where, and what it is. */
export function provisionFeed(provision: { key: string; label: string }): { url: string; title: string } {
  return { url: `/feeds/provisions/${provision.key}.atom`, title: `Documents with the provision “${provision.label}”` };
}

/** The site's own preview image (/og/site), for pages that have none of their own. */
export const SITE_IMAGE = { url: "/og/site", alt: "Pactdiff: compare cyber agreements between states, clause by clause." };

/** Open Graph and Twitter preview of a page: its title, description, address and a 1200×630 image. */
export function preview(
  page: { title: string; description: string; url: string; type?: "website" | "article" },
  image: { url: string; alt: string } = SITE_IMAGE,
): Pick<Metadata, "openGraph" | "twitter"> {
  const { title, description, url, type = "website" } = page;
  return {
    openGraph: { type, title, description, url, siteName: "Pactdiff", images: [{ ...image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}
