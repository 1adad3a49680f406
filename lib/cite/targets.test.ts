// Citations of the real catalogue (the unit-test database test/global-setup.ts fills), read as a bibliography
// reads them: the BibTeX of many pages in one file through a maintained BibTeX parser, the RIS through
// citation-js's RIS reader. Two cited things never share a key or an id, and a version cites with its own date.
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { beforeAll, describe, expect, it } from "vitest";
import { getLatestVersion, type DatasetVersionInfo } from "../data/versions";
import { listEvidence } from "../data/sources";
import { cslItem, formatCitation } from "./cite";
import { agreementCiteTarget, resolveCiteTarget } from "./targets";

const site = "https://pactdiff.example";
const accessed = new Date("2027-03-04T10:00:00Z");
let version: DatasetVersionInfo;
let pages: string[];

beforeAll(async () => {
  const latest = await getLatestVersion();
  if (!latest) throw new Error("no dataset version in the unit-test database");
  version = latest;
  const [source] = await listEvidence(version.id);
  if (!source) throw new Error("no source in the unit-test database");
  pages = [
    "/agreements/aukmin-2017",
    "/agreements/aukmin-2018",
    "/agreements/us-china-2015",
    "/compare/us-china-2015/canada-china-2017",
    "/compare/us-china-2015/canada-china-2017?view=scope",
    "/compare/us-china-2015/canada-china-2017?diff=off",
    "/compare/canada-china-2017/us-china-2015",
    "/compare/aukmin-2017/aukmin-2018",
    "/provisions/ip-theft",
    "/provisions/ip-theft?against=previous",
    `/sources/${source.key}`,
    "/data",
  ];
});

async function cited(page: string) {
  const resolved = await resolveCiteTarget(page);
  if (!resolved.ok) throw new Error(`${page}: ${resolved.message}`);
  return cslItem(resolved.target, site, accessed);
}

describe("citations of the real catalogue", () => {
  it("gives every cited thing a key of its own: AUKMIN 2017 and 2018, US–China 2015 and comparisons starting with it", async () => {
    const items = await Promise.all(pages.map(cited));
    const keys = items.map((i) => i.id.toLowerCase());
    expect(new Set(keys).size).toBe(pages.length);
    const [aukmin2017, aukmin2018, usChina, usChinaVsCanada] = items;
    expect(aukmin2017?.id).toBe(`pactdiff:aukmin-2017:${version.id}`);
    expect(aukmin2018?.id).toBe(`pactdiff:aukmin-2018:${version.id}`);
    expect(usChina?.id).toBe(`pactdiff:us-china-2015:${version.id}`);
    expect(usChinaVsCanada?.id).toBe(`pactdiff:compare/us-china-2015/canada-china-2017/clauses:${version.id}`);
  });

  it("keeps a key whatever the day it is read: made of the thing and its version only", async () => {
    const resolved = await resolveCiteTarget("/agreements/aukmin-2017");
    if (!resolved.ok) throw new Error(resolved.message);
    const today = cslItem(resolved.target, site, new Date());
    const later = cslItem(resolved.target, "https://mirror.example", new Date("2031-01-01T00:00:00Z"));
    expect(later.id).toBe(today.id);
    expect(formatCitation(later, "ris")).toContain(formatCitation(today, "ris").match(/^ID {2}- .+$/m)?.[0]);
  });

  it("the BibTeX of all of them is one valid file: no repeated key, month a macro, URL, version and access date", async () => {
    const bib = (await Promise.all(pages.map(async (p) => formatCitation(await cited(p), "bibtex")))).join("\n");
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(pages.length);
    expect(new Set(parsed.entries.map((e) => e.key.toLowerCase())).size).toBe(pages.length);
    // The catalogue's own date (released: 2026-12-08 in vocabulary.yaml), not the day the test database imported it.
    expect(version.releasedOn).toBe("2026-12-08");
    for (const entry of parsed.entries) {
      expect(entry.fields).toMatchObject({ year: "2026", month: "12", version: version.id, urldate: "2027-03-04" });
      expect(entry.fields.url).toMatch(/^https:\/\/pactdiff\.example\/.+/);
      expect(entry.fields.howpublished).toContain(entry.fields.url);
    }
    // Every month is BibTeX's macro, never "dec 7" (which no style reads).
    expect(bib.match(/^\tmonth = .*$/gm)).toEqual(
      pages.map(() => expect.stringMatching(/^\tmonth = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),$/)),
    );
  });

  it("the RIS of all of them reads back through citation-js with one id per record", async () => {
    const ris = (await Promise.all(pages.map(async (p) => formatCitation(await cited(p), "ris")))).join("\r\n");
    const records = new Cite(ris, { forceType: "@ris/file" }).data;
    expect(records).toHaveLength(pages.length);
    const ids = records.map((r) => String(r.id));
    expect(new Set(ids).size).toBe(pages.length);
    expect(ids.every((id) => /^[a-z0-9]{1,20}$/.test(id))).toBe(true);
  });

  it("cites the data package of a version under the version's key, and refuses what names nothing", async () => {
    for (const page of ["/data", "/data/latest.zip", `/data/${version.id}.zip`, `/data?v=${version.id}`]) {
      expect((await cited(page)).id, page).toBe(`pactdiff:${version.id}`);
    }
    for (const page of [
      "/data/nope.zip",
      "/sources/no-such-source",
      "/agreements/no-such-agreement",
      "/agreements/aukmin-2017?v=000000000000",
    ]) {
      expect((await resolveCiteTarget(page)).ok, page).toBe(false);
    }
  });

  it("cites a version with the date its files give, not the day this site imported it", () => {
    const released: DatasetVersionInfo = {
      id: "0123456789ab",
      importedAt: "2027-02-01T23:30:00.000Z",
      activatedAt: "2027-02-02T08:00:00.000Z",
      releasedOn: "2026-11-30",
      isLatest: false,
      isPreview: false,
    };
    const target = agreementCiteTarget(
      { slug: "aukmin-2017", title: "2017 AUKMIN future cooperation", shortTitle: "AUKMIN 2017" },
      released,
    );
    const item = cslItem(target, site, accessed);
    expect(item.issued["date-parts"]).toEqual([[2026, 11, 30]]);
    expect(formatCitation(item, "ris").split("\r\n")).toContain("PY  - 2026");
    expect(formatCitation(item, "text")).toContain("Pactdiff (2026).");
  });

  it("cites a version imported before its files gave a date with its import date, not the access date nor the day it was made current again", () => {
    const older: DatasetVersionInfo = {
      id: "0123456789ab",
      importedAt: "2025-12-31T23:30:00.000Z",
      activatedAt: "2026-06-01T08:00:00.000Z",
      releasedOn: null,
      isLatest: false,
      isPreview: false,
    };
    const target = agreementCiteTarget({ slug: "aukmin-2017", title: "2017 AUKMIN future cooperation", shortTitle: "AUKMIN 2017" }, older);
    const item = cslItem(target, site, accessed);
    expect(item.issued["date-parts"]).toEqual([[2025, 12, 31]]);
    const fields = parseBibtex(formatCitation(item, "bibtex")).entries[0]?.fields;
    expect(fields).toMatchObject({ year: "2025", month: "12", urldate: "2027-03-04" });
    const ris = formatCitation(item, "ris").split("\r\n");
    expect(ris).toContain("PY  - 2025");
    expect(ris).toContain("Y2  - 2027/3/4/");
    expect(formatCitation(item, "text")).toContain("Pactdiff (2025).");
  });
});
