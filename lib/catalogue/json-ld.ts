// schema.org descriptions of pages, written as JSON-LD for search engines and dataset indexes: the catalogue as a
// `Dataset` on /data (licence, version, date, and where to download it), and each agreement as `Legislation`
// (schema.org's type for a legal or political text agreed by states, "enforceable or not"), part of that Dataset.
// The JSON goes inside a <script> element, so every character that could end or confuse it there is escaped.
import { versionDay } from "@/lib/cite/version-date";
import type { AgreementDetail } from "../domain/schema";
import type { DatasetVersionInfo } from "../data/versions";
import { TABLE_NAMES } from "../datapackage/table-names";
import { formLabel } from "../format";
import { LICENCE } from "../licence";
import { agreementHref } from "../urls";
import { canonicalPin } from "./meta";

/** The catalogue's name, as citations of it give it (lib/cite: the CSL item's container title). */
export const CATALOGUE_NAME = "Pactdiff catalogue of cyber agreements";

type Json = Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>` and `&` are written as \u escapes, so no value
 * (a title holding "</script>") can end the element or open a comment; U+2028 and U+2029 likewise. JSON readers
 * read the escapes back as the same characters.
 */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const pactdiff = (site: string) => ({ "@type": "Organization", name: "Pactdiff", url: `${site}/` });

/** A reference to the catalogue's Dataset, for what is part of it. */
const catalogue = (site: string, versionId: string) => ({
  "@type": "Dataset",
  name: CATALOGUE_NAME,
  url: `${site}/data`,
  version: versionId,
});

/** One agreement as schema.org Legislation: its title, date, form, parties and provisions, at its canonical address. */
export function agreementJsonLd(agreement: AgreementDetail, version: Pick<DatasetVersionInfo, "id" | "isLatest">, site: string): Json {
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    name: agreement.title,
    alternateName: agreement.shortTitle,
    description: agreement.summary,
    legislationDate: agreement.date,
    legislationType: formLabel(agreement.form),
    legislationJurisdiction: agreement.parties.map((p) => ({ "@type": "Country", name: p.name })),
    keywords: [...new Set(agreement.clauses.flatMap((c) => (c.provision ? [c.provision.label] : [])))],
    url: `${site}${agreementHref(agreement.slug, canonicalPin(version))}`,
    isPartOf: catalogue(site, version.id),
  };
}

export type DatasetFacts = {
  version: Pick<DatasetVersionInfo, "id" | "importedAt" | "releasedOn">;
  /** The dates of the earliest and latest agreements (ISO, as precise as known). */
  span: { first: string; last: string } | null;
  agreements: number;
};

/** The downloads of one version: its data package (pinned, and the latest's stable address), its descriptor and each table as CSV. */
function distribution(site: string, versionId: string): Json[] {
  const download = (name: string, encodingFormat: string, path: string) => ({
    "@type": "DataDownload",
    name,
    encodingFormat,
    contentUrl: `${site}/data/${path}`,
  });
  return [
    download(`Whole catalogue, dataset version ${versionId} (Frictionless Data Package)`, "application/zip", `${versionId}.zip`),
    download("Whole catalogue, latest dataset version (Frictionless Data Package)", "application/zip", "latest.zip"),
    download(`Data package descriptor, dataset version ${versionId}`, "application/json", `${versionId}/datapackage.json`),
    ...TABLE_NAMES.map((table) => download(`Table ${table}, dataset version ${versionId}`, "text/csv", `${versionId}/data/${table}.csv`)),
  ];
}

/** The catalogue as a schema.org Dataset, for /data: what it holds, its licence, version, date and downloads. */
export function datasetJsonLd(facts: DatasetFacts, site: string): Json {
  const { version, span, agreements } = facts;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: CATALOGUE_NAME,
    description: `Cyber agreements between states (${agreements} documents), clause by clause: each clause's text with its source, language and provenance, the provisions it expresses, the scope each agreement covers, dated events and corrections of claims in circulation. Published as a Frictionless Tabular Data Package of CSV tables.`,
    url: `${site}/data`,
    keywords: ["cyber agreements", "cyber norms", "international agreements", "joint statements", "treaties", "cybersecurity"],
    license: LICENCE.url,
    isAccessibleForFree: true,
    creator: pactdiff(site),
    publisher: pactdiff(site),
    version: version.id,
    // The version's own date (the same on every site), not when this site activated it.
    dateModified: versionDay(version),
    ...(span ? { temporalCoverage: `${span.first}/${span.last}` } : {}),
    distribution: distribution(site, version.id),
  };
}
