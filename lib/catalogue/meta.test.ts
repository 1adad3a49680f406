// What pages tell machines: the canonical rule for pinned pages, the citation tags (from the same CSL item as the
// "Cite this" box, read from the unit-test database), and the preview of pages without an image of their own.
import type { Metadata } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentVersion } from "@/test/current-version";
import { cslItem } from "../cite/cite";
import { agreementCiteTarget, comparisonCiteTarget, sourceCiteTarget } from "../cite/targets";
import { getAgreementBySlug } from "../data/agreements";
import { getEvidence, listEvidence } from "../data/sources";
import { resolveVersion } from "../data/versions";
import { LICENCE } from "../licence";
import { agreementMetadata } from "./agreement-metadata";
import { canonicalPin, citationMetadata, preview, provisionFeed } from "./meta";

const SITE = "https://pactdiff.example";

afterEach(() => {
  vi.useRealTimers();
});

describe("the canonical address of a pinned page", () => {
  it("is the page's own pinned address only when the pin names a version other than the current one", () => {
    expect(canonicalPin({ id: "d24017fcbe08", isLatest: true })).toBeUndefined();
    expect(canonicalPin({ id: "0123456789ab", isLatest: false })).toBe("0123456789ab");
  });

  it("of an agreement page: unpinned for the current version, pinned for another; the preview image as asked", async () => {
    const version = await currentVersion();
    const agreement = (await getAgreementBySlug(version.id, "us-china-2015"))!;
    const older = { ...version, id: "0123456789ab", isLatest: false };
    const canonical = (m: Metadata) => m.alternates?.canonical;
    const image = (m: Metadata) => (m.twitter?.images as string[] | undefined)?.[0];
    expect(canonical(agreementMetadata(agreement, version, true))).toBe("/agreements/us-china-2015");
    expect(image(agreementMetadata(agreement, version, true))).toBe(`/og/agreement/us-china-2015?v=${version.id}`);
    expect(canonical(agreementMetadata(agreement, older, true))).toBe("/agreements/us-china-2015?v=0123456789ab");
    expect(canonical(agreementMetadata(agreement, version, false))).toBe("/agreements/us-china-2015");
  });

  it("is unpinned for v= naming the current version, which shows the latest data", async () => {
    const version = await currentVersion();
    const pinned = await resolveVersion(version.id);
    expect(pinned?.id).toBe(version.id);
    expect(canonicalPin(pinned!)).toBeUndefined();
  });
});

describe("citation tags", () => {
  it("give reference managers the cite box's title, author, date, publisher and pinned address", async () => {
    const version = await currentVersion();
    const agreement = await getAgreementBySlug(version.id, "us-china-2015");
    const target = agreementCiteTarget(agreement!, version);
    const item = cslItem(target, SITE, new Date());
    const tags = citationMetadata(target, SITE);
    const pinned = `${SITE}/agreements/us-china-2015?v=${version.id}`;
    const [y, m, d] = item.issued["date-parts"][0].map((n) => String(n).padStart(2, "0"));
    expect(tags).toMatchObject({
      citation_title: item.title,
      citation_author: ["Pactdiff"],
      citation_publication_date: `${y}/${m}/${d}`,
      citation_publisher: "Pactdiff",
      citation_public_url: pinned,
      citation_abstract_html_url: pinned,
      "DC.title": item.title,
      "DC.creator": ["Pactdiff"],
      "DC.date": `${y}-${m}-${d}`,
      "DC.identifier": pinned,
      "DC.publisher": "Pactdiff",
      "DC.type": "Dataset",
    });
    expect(tags.citation_title).toContain("US–China 2015");
    expect(tags["DC.rights"]).toContain(LICENCE.url);
  });

  it("are the same whatever the day the page is rendered (a cached page keeps them)", async () => {
    const version = await currentVersion();
    const source = await getEvidence(version.id, (await listEvidence(version.id))[0]!.key);
    const target = sourceCiteTarget(source!, version);
    vi.useFakeTimers({ now: new Date("2027-01-02T03:04:05Z"), toFake: ["Date"] });
    const first = citationMetadata(target, SITE);
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    expect(citationMetadata(target, SITE)).toEqual(first);
    expect(first["DC.identifier"]).toBe(`${SITE}/sources/${source!.id}?v=${version.id}`);
  });

  it("name a comparison by its agreements and view, pinned", async () => {
    const version = await currentVersion();
    const state = { slugs: ["us-china-2015", "canada-china-2017"], view: "scope", diff: "words" } as const;
    const tags = citationMetadata(comparisonCiteTarget(["US–China 2015", "Canada–China 2017"], state, version), SITE);
    expect(tags.citation_title).toBe("US–China 2015 vs Canada–China 2017: scope compared");
    expect(tags.citation_public_url).toBe(`${SITE}/compare/us-china-2015/canada-china-2017?view=scope&v=${version.id}`);
  });
});

describe("previews and feeds", () => {
  it("give a page without an image of its own the site's 1200×630 preview", () => {
    const { openGraph, twitter } = preview({ title: "What changed · Pactdiff", description: "Every version.", url: "/changes" });
    expect(openGraph).toMatchObject({ url: "/changes", images: [{ url: "/og/site", width: 1200, height: 630 }] });
    expect(twitter).toMatchObject({ card: "summary_large_image", images: ["/og/site"] });
  });

  it("name a provision's own Atom feed", () => {
    expect(provisionFeed({ key: "ip-theft", label: "No IP theft" })).toEqual({
      url: "/feeds/provisions/ip-theft.atom",
      title: "Documents with the provision “No IP theft”",
    });
  });
});
