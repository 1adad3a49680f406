// The schema.org JSON-LD of agreement pages and /data: escaped for a <script> element and read back unchanged,
// describing what the unit-test database (the real catalogue) holds.
import { describe, expect, it } from "vitest";
import { currentVersion } from "@/test/current-version";
import { getAgreementBySlug } from "../data/agreements";
import { TABLE_NAMES } from "../datapackage/table-names";
import { LICENCE } from "../licence";
import { agreementJsonLd, CATALOGUE_NAME, datasetJsonLd, jsonLdText } from "./json-ld";

const SITE = "https://pactdiff.example";

describe("JSON-LD in a script element", () => {
  it("escapes every character that could end the element or open a comment, and reads back the same", () => {
    const data = { name: "</script><script>alert(1)</script> <!-- a & b --> \u2028\u2029 “US–China”" };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("an agreement", () => {
  it("is schema.org Legislation with its title, date, form, parties and canonical address", async () => {
    const version = await currentVersion();
    const agreement = (await getAgreementBySlug(version.id, "us-china-2015"))!;
    const data = JSON.parse(jsonLdText(agreementJsonLd(agreement, version, SITE)));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      name: agreement.title,
      alternateName: "US–China 2015",
      legislationDate: "2015-09-25",
      legislationJurisdiction: [
        { "@type": "Country", name: "United States" },
        { "@type": "Country", name: "China" },
      ],
      url: `${SITE}/agreements/us-china-2015`,
      isPartOf: { "@type": "Dataset", name: CATALOGUE_NAME, version: version.id },
    });
    expect(data.keywords).toEqual([...new Set(agreement.clauses.flatMap((c) => (c.provision ? [c.provision.label] : [])))]);
  });

  it("is at its pinned address when the page shows a version other than the current one", async () => {
    const version = await currentVersion();
    const agreement = (await getAgreementBySlug(version.id, "us-china-2015"))!;
    const older = { ...version, id: "0123456789ab", isLatest: false };
    expect(agreementJsonLd(agreement, older, SITE).url).toBe(`${SITE}/agreements/us-china-2015?v=0123456789ab`);
  });
});

describe("the catalogue", () => {
  it("is a schema.org Dataset with its licence, version, date and every download", async () => {
    const version = await currentVersion();
    const facts = { version, span: { first: "2013-06-17", last: "2018-11-12" }, agreements: 40 };
    const data = JSON.parse(jsonLdText(datasetJsonLd(facts, SITE)));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: CATALOGUE_NAME,
      url: `${SITE}/data`,
      license: LICENCE.url,
      version: version.id,
      // The release date the files declare (vocabulary.yaml), the same on every site.
      dateModified: "2026-12-08",
      temporalCoverage: "2013-06-17/2018-11-12",
    });
    expect(data.description.length).toBeGreaterThan(50);
    const downloads = data.distribution as { "@type": string; encodingFormat: string; contentUrl: string }[];
    expect(downloads.every((d) => d["@type"] === "DataDownload")).toBe(true);
    const urls = (format: string) => downloads.filter((d) => d.encodingFormat === format).map((d) => d.contentUrl);
    expect(urls("application/zip")).toEqual([`${SITE}/data/${version.id}.zip`, `${SITE}/data/latest.zip`]);
    expect(urls("application/json")).toEqual([`${SITE}/data/${version.id}/datapackage.json`]);
    expect(urls("text/csv")).toEqual(TABLE_NAMES.map((t) => `${SITE}/data/${version.id}/data/${t}.csv`));
  });
});
