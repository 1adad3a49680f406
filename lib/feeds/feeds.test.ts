// The feeds on the unit-test database (the real catalogue, one version), read back by a real feed parser.
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { catalogueSlugs } from "@/test/real-catalogue";
import { listAgreements } from "../data/agreements";
import { getLatestVersion } from "../data/versions";
import { changesFeed, provisionFeed } from "./feeds";

const SITE = "https://pactdiff.example";

describe("Atom feeds", () => {
  it("the changelog feed has the version and one entry per agreement it brought", async () => {
    const version = await getLatestVersion();
    const slugs = catalogueSlugs();
    const feed = parseFeed((await changesFeed(SITE))!);
    expect(feed.meta.type).toBe("atom");
    expect(feed.items[0]?.title).toBe(`Dataset version ${version!.id}: First import: ${slugs.length} agreements.`);
    const added = feed.items.filter((i) => i.title?.startsWith("New agreement: "));
    expect(added.map((i) => new URL(i.url ?? "").pathname.replace("/agreements/", "")).sort()).toEqual(slugs);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });

  it("a provision's feed has every agreement that expresses it, with the text and its provenance", async () => {
    const version = await getLatestVersion();
    const withIp = (await listAgreements(version!.id)).filter((a) => a.provisionKeys.includes("ip-theft"));
    const feed = parseFeed((await provisionFeed(SITE, "ip-theft"))!);
    expect(feed.items.map((i) => i.title).sort()).toEqual(
      withIp.map((a) => `${a.shortTitle} has the provision “No cyber-enabled IP theft for commercial advantage”`).sort(),
    );
    const us = feed.items.find((i) => i.title?.startsWith("US–China 2015"));
    expect(us?.url).toBe(`${SITE}/agreements/us-china-2015?v=${version!.id}`);
    expect(us?.content).toContain("knowingly support");
    expect(us?.content).toMatch(/English · (Verbatim|Truncated copy) · High confidence/);
    // The same full line as the CSV and the JSON: the kinds of source the text rests on too.
    expect(us?.content).toMatch(/High confidence · source: (Primary|Official|Press|Analysis)/);
    // A paraphrase says so, in the same words as the pages.
    const hotline = parseFeed((await provisionFeed(SITE, "hotline"))!);
    const paraphrased = hotline.items.find((i) => i.title?.startsWith("Russia–China 2015"));
    expect(paraphrased?.content).toContain("Paraphrase only");
    expect(await provisionFeed(SITE, "no-such-provision")).toBeNull();
  });
});

describe("catalogue text in a feed", () => {
  it("goes out as text: markup, ampersands and control characters never reach a reader as such", async () => {
    const { Feed } = await import("feed");
    const { feedText, xmlSafe } = await import("./feeds");
    const hostile = `R&D <b>bold</b> <script>alert(1)</script> <img src=x onerror=alert(1)>\u000b\u0001\u0000 ]]> end`;
    const feed = new Feed({ id: SITE, title: xmlSafe(hostile), link: SITE, copyright: "c", updated: new Date(0) });
    feed.addItem({ id: `${SITE}/1`, link: `${SITE}/1`, date: new Date(0), title: feedText(hostile), description: feedText(hostile) });
    const xml = feed.atom1();
    // type="html" content is markup to a reader: the text must reach it escaped, never as tags.
    expect(xml).not.toMatch(/<script>|<b>|<img /);
    expect(xml).toContain("R&amp;D &lt;b&gt;bold&lt;/b&gt;");
    const parsed = parseFeed(xml);
    const expected = "R&D <b>bold</b> <script>alert(1)</script> <img src=x onerror=alert(1)> ]]> end";
    expect(parsed.items[0]?.title).toBe(expected);
    expect(parsed.items[0]?.description).toBe(expected);
    expect(xmlSafe("a\u000bb\uD800c\tok\n")).toBe("abc\tok\n");
  });
});
