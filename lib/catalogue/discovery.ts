// What crawlers are told: robots.txt (everything may be crawled but internal addresses and search results; the
// sitemap's address) and sitemap.xml (every page of the current dataset version: the site's own pages, every
// agreement and its readouts, every provision some agreement words, every source of the evidence archive). Read
// from the current version on each request, so a new import is listed without a rebuild (the front keeps one copy
// per version); a staged version is never read here, so its preview never appears.
import type { MetadataRoute } from "next";
import { listAgreements } from "../data/agreements";
import { readoutIndex } from "../data/catalogue-index";
import { listProvisions } from "../data/provisions";
import { evidenceIndex } from "../data/sources";
import { getLatestVersion } from "../data/versions";
import { agreementHref, provisionHref, readoutsHref, sourceHref } from "../urls";

/** The site's own pages that do not depend on the catalogue. */
export const SITE_PAGES = ["/", "/agreements", "/provisions", "/changes", "/data", "/methodology"] as const;

/**
 * Not to be crawled: search results (endless, and marked noindex), citation downloads (one per page and access
 * date), and the internal addresses comparisons and pinned agreements are rewritten to (answered 404).
 * Pinned pages (v=) stay crawlable: their canonical link tells a crawler which address to keep, which it could
 * not read if they were disallowed. Embeds and preview images stay crawlable too (embeds say noindex; link
 * previews fetch the images).
 */
export const DISALLOWED = ["/search", "/api/v1/cite", "/compare-view/", "/agreement-version/"] as const;

/** The paths of every page of one dataset version, in a stable order. */
export async function sitemapPaths(versionId: string): Promise<string[]> {
  const [agreements, readouts, provisions, sources] = await Promise.all([
    listAgreements(versionId),
    readoutIndex(versionId),
    listProvisions(versionId),
    evidenceIndex(versionId),
  ]);
  return [
    ...SITE_PAGES,
    ...agreements.flatMap((a) => [agreementHref(a.slug), ...(readouts.has(a.slug) ? [readoutsHref(a.slug)] : [])]),
    ...provisions.filter((p) => p.agreements > 0).map((p) => provisionHref({ key: p.key, against: "reference", page: 1 })),
    ...[...sources].sort().map((id) => sourceHref({ id })),
  ];
}

/** The sitemap of the current version: absolute addresses, each last changed when that version became current. */
export async function sitemapEntries(site: string): Promise<MetadataRoute.Sitemap> {
  const version = await getLatestVersion();
  if (!version) return SITE_PAGES.map((path) => ({ url: `${site}${path}` }));
  const lastModified = version.activatedAt;
  return (await sitemapPaths(version.id)).map((path) => ({ url: `${site}${path}`, lastModified }));
}

export function robotsFile(site: string): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: [...DISALLOWED] }, sitemap: `${site}/sitemap.xml` };
}
