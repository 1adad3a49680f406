// "Cite this": one CSL-JSON item per cited page (an agreement, a comparison, a provision page, a source or the
// whole catalogue, pinned to a dataset version), and the formats researchers paste into their reference
// managers, produced from that item by citation-js (CSL processor, BibTeX mapping, RIS writer). Every format
// carries the pinned URL, the dataset version, the version's own date and the access date, under a key that
// is the cited thing's own (./keys.ts), so that a bibliography can hold any number of them.
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { LICENCE } from "../licence";
import { PACTDIFF_CSL } from "./pactdiff.csl";
import { bibtexEntry } from "./bibtex";
import { citationKey, risId } from "./keys";

const STYLE = "pactdiff";
const styles = plugins.config.get("@csl").styles;
if (!styles.has(STYLE)) styles.add(STYLE, PACTDIFF_CSL);

export const CITATION_FORMATS = ["text", "bibtex", "ris", "csl-json"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** What is cited: a page of the site, pinned to one dataset version. */
export type CiteTarget = {
  /**
   * What is cited, without its version (./keys.ts): e.g. "us-china-2015" or
   * "compare/canada-china-2017/us-china-2015/clauses". With the version it makes the citation's key.
   */
  key: string;
  title: string;
  /** Path with `v=` (pinned), e.g. /compare/a/b?v=d24017fcbe08. */
  pinnedPath: string;
  versionId: string;
  /**
   * The version's own date (ISO 8601): `released` in its files, or its import date for older versions
   * (./version-date.ts). Never the access date: a version cites with one date, whenever read.
   */
  versionDate: string;
};

export type CslItem = {
  /** The citation key (./keys.ts), which CSL processors and pandoc cite it by. */
  id: string;
  "citation-key": string;
  type: "dataset";
  title: string;
  author: { literal: string }[];
  publisher: string;
  "container-title": string;
  version: string;
  URL: string;
  issued: { "date-parts": [[number, number, number]] };
  accessed: { "date-parts": [[number, number, number]] };
  note: string;
};

function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** YYYY-MM-DD of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function cslItem(target: CiteTarget, site: string, accessed: Date): CslItem {
  const day = isoDay(accessed);
  const key = citationKey(target.key, target.versionId);
  return {
    id: key,
    "citation-key": key,
    type: "dataset",
    // One line: a line break in a title would start a new record in RIS and a new field in some BibTeX readers.
    title: target.title.replace(/\s+/g, " ").trim(),
    author: [{ literal: "Pactdiff" }],
    publisher: "Pactdiff",
    "container-title": "Pactdiff catalogue of cyber agreements",
    version: target.versionId,
    URL: `${site}${target.pinnedPath}`,
    issued: { "date-parts": [dateParts(target.versionDate)] },
    accessed: { "date-parts": [dateParts(day)] },
    note: `Dataset version ${target.versionId}; accessed ${day}. Licence: ${LICENCE.short} (coding and notes).`,
  };
}

function cite(item: CslItem): Cite {
  return new Cite([item]);
}

/**
 * The formatted reference, rendered by the CSL processor with Pactdiff's style (./pactdiff.csl.ts): author,
 * year, title, version, type, catalogue, publisher, pinned URL and access date. `accessed` is the date as it
 * appears at the end, so that a page can show the reader's own date in its place.
 */
export function formattedReference(item: CslItem): { reference: string; accessed: string } {
  const reference = cite(item).format("bibliography", { format: "text", template: STYLE, lang: "en-US" }).trim();
  const [[y, m, d]] = item.accessed["date-parts"];
  return { reference, accessed: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** The reference around its access date: [before, after], for a page that renders the date itself. */
export function splitAtAccessed({ reference, accessed }: { reference: string; accessed: string }): [string, string] {
  const at = reference.lastIndexOf(accessed);
  return at < 0 ? [reference, ""] : [reference.slice(0, at), reference.slice(at + accessed.length)];
}

export function formatCitation(item: CslItem, format: CitationFormat): string {
  switch (format) {
    case "text":
      return `${formattedReference(item).reference}\n`;
    case "bibtex":
      return bibtexEntry(item);
    case "ris":
      // RIS ids hold 20 characters (citation-js cuts the id there): the key's short, still unique form.
      return `${unwrapRis(cite({ ...item, id: risId(item.id) }).format("ris")).trim()}\n`;
    case "csl-json":
      return `${JSON.stringify([item], null, 2)}\n`;
  }
}

/**
 * citation-js hard-wraps RIS values every 70 characters with a bare newline, which readers of RIS take as a
 * new (tagless) line: a pinned URL would be cut. RIS allows 255-character lines, so continuation lines are
 * joined back onto their tag.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (lines.length > 0 && line !== "" && !/^[A-Z][A-Z0-9] {2}-( |$)/.test(line)) lines[lines.length - 1] += line;
    else lines.push(line);
  }
  return lines.join("\r\n");
}

export const CITATION_MEDIA: Record<CitationFormat, { type: string; ext: string; label: string }> = {
  text: { type: "text/plain; charset=utf-8", ext: "txt", label: "Text" },
  bibtex: { type: "application/x-bibtex; charset=utf-8", ext: "bib", label: "BibTeX" },
  ris: { type: "application/x-research-info-systems; charset=utf-8", ext: "ris", label: "RIS" },
  "csl-json": { type: "application/vnd.citationstyles.csl+json; charset=utf-8", ext: "json", label: "CSL-JSON" },
};

/** The download address of one format of a page's citation. */
export function citationHref(pinnedPath: string, format: CitationFormat): string {
  return `/api/v1/cite?${new URLSearchParams({ page: pinnedPath, format }).toString()}`;
}
