// The catalogue's licence, stated once here and repeated by every page footer, export, embed and data
// package: Pactdiff's own coding and notes are CC BY 4.0; the quoted texts remain their publishers'.
export const LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  short: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  scope:
    "The catalogue's own coding and notes (provision keys, scope readings, dates, confidence, corrections and summaries) are licensed under CC BY 4.0. Quoted agreement texts remain the work of their publishers and are quoted for comparison and commentary.",
} as const;

/** One line of attribution for exports: what to credit, under which licence, with the pinned address. */
export function attribution(versionId: string, pinnedUrl: string): string {
  return `Pactdiff, dataset version ${versionId}, ${pinnedUrl}. Coding and notes: ${LICENCE.short} (${LICENCE.url}); quoted texts remain their publishers'.`;
}

/** The HTTP Link header that names the licence of a download (RFC 8288, rel="license"). */
export const LICENCE_LINK_HEADER = `<${LICENCE.url}>; rel="license"`;

/** The licence as JSON exports state it. */
export const LICENCE_FIELD = { id: LICENCE.id, url: LICENCE.url, scope: LICENCE.scope } as const;
