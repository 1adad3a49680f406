// The oEmbed answer: sized for what was asked, pinned by default, pinned whatever is asked when the address
// names its version (then no live code is offered), and cached as its address is.
import { describe, expect, it } from "vitest";
import { oembedAnswer, type Embedded } from "./oembed";

const SITE = "https://pactdiff.example";
const embedded = (over: Partial<Embedded> = {}): Embedded => ({
  title: "US–China 2015 vs Canada–China 2017",
  versionId: "0123456789ab",
  urlPinned: false,
  focused: null,
  src: (v) => `${SITE}/embed/compare/a/b${v ? `?v=${v}` : ""}`,
  heightAt: (width) => 100_000 / width,
  ...over,
});
const body = async (r: Response) => (await r.json()) as Record<string, unknown>;

describe("oembedAnswer", () => {
  it("is an oEmbed 1.0 rich answer, 800 px wide at most and 240 at least, its height estimated for that width", async () => {
    const b = await body(oembedAnswer({ wantPinned: true, site: SITE }, embedded()));
    expect(b).toMatchObject({ version: "1.0", type: "rich", width: 800, height: 125, provider_url: SITE, dataset_version: "0123456789ab" });
    expect((await body(oembedAnswer({ maxwidth: 100, wantPinned: true, site: SITE }, embedded()))).width).toBe(240);
    expect((await body(oembedAnswer({ maxwidth: 400, maxheight: 50, wantPinned: true, site: SITE }, embedded()))).height).toBe(50);
  });

  it("gives the pinned code by default and the live code when asked, both offered, the title attributed", async () => {
    const pinned = await body(oembedAnswer({ wantPinned: true, site: SITE }, embedded()));
    expect(pinned.html).toContain("?v=0123456789ab");
    expect(pinned.html_live).not.toContain("?v=");
    expect(pinned.title).toBe("US–China 2015 vs Canada–China 2017 · Pactdiff");
    const live = oembedAnswer({ wantPinned: false, site: SITE }, embedded());
    expect((await body(live)).html).not.toContain("?v=");
    expect(live.headers.get("x-dataset-version")).toBe("0123456789ab");
  });

  it("keeps an address that names its version pinned whatever is asked, with no live code", async () => {
    const r = oembedAnswer({ wantPinned: false, site: SITE }, embedded({ urlPinned: true }));
    const b = await body(r);
    expect(b).toMatchObject({ pinned: true, html_live: null });
    expect(r.headers.get("cache-control")).not.toBe(
      oembedAnswer({ wantPinned: true, site: SITE }, embedded()).headers.get("cache-control"),
    );
  });
});
