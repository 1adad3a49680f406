// The oEmbed answer: sized for what was asked (never wider than maxwidth; a 501 when the embed cannot be laid
// out that small), pinned by default, pinned whatever is asked when the address names its version (then no
// live code is offered), with the preview image as thumbnail when it fits, and cached as its address is.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { MIN_WIDTH, oembedAlternates, oembedAnswer, type Embedded, type OembedAsk } from "./oembed";

const SITE = "https://pactdiff.example";
const at = (v: string | undefined) => (v ? `?v=${v}` : "");
const embedded = (over: Partial<Embedded> = {}): Embedded => ({
  title: "US–China 2015 vs Canada–China 2017",
  versionId: "0123456789ab",
  urlPinned: false,
  focused: null,
  image: (v) => `${SITE}/og/compare/a/b${at(v)}`,
  frame: {
    src: (v) => `${SITE}/embed/compare/a/b${at(v)}`,
    page: (v) => `${SITE}/compare/a/b${at(v)}`,
    heightAt: (width) => 100_000 / width,
  },
  ...over,
});
const ask = (over: Partial<OembedAsk> = {}): OembedAsk => ({ wantPinned: true, site: SITE, ...over });
const body = async (r: Response) => (await r.json()) as Record<string, unknown>;
const status = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof ApiError ? error.status : -1;
  }
  return 200;
};

describe("oembedAnswer", () => {
  it("is an oEmbed 1.0 rich answer, 800 px wide at most, its height estimated for that width", async () => {
    const b = await body(oembedAnswer(ask(), embedded()));
    expect(b).toMatchObject({ version: "1.0", type: "rich", width: 800, height: 125, provider_url: SITE, dataset_version: "0123456789ab" });
    expect((await body(oembedAnswer(ask({ maxwidth: 1000 }), embedded()))).width).toBe(800);
  });

  it("never answers a width above maxwidth: a narrower layout down to the narrowest, a 501 below it", async () => {
    for (const maxwidth of [MIN_WIDTH, 239, 240, 375, 480]) {
      const b = await body(oembedAnswer(ask({ maxwidth }), embedded()));
      expect(b.width).toBe(maxwidth);
      expect(b.height).toBe(Math.ceil(100_000 / maxwidth));
      expect(b.html).toContain(`max-width:${maxwidth}px`);
    }
    expect(status(() => oembedAnswer(ask({ maxwidth: MIN_WIDTH - 1 }), embedded()))).toBe(501);
    expect(status(() => oembedAnswer(ask({ maxwidth: 1 }), embedded()))).toBe(501);
  });

  it("honours maxheight: the frame scrolls within it, and lower than the embed's smallest height is a 501", async () => {
    const b = await body(oembedAnswer(ask({ maxwidth: 400, maxheight: 150 }), embedded()));
    expect(b.height).toBe(150);
    expect(b.html).toContain("max-height:150px");
    expect(b.html).toContain('height="150"');
    expect(status(() => oembedAnswer(ask({ maxheight: 119 }), embedded()))).toBe(501);
  });

  it("offers the preview image as thumbnail, 1200×630, only when it fits the size asked", async () => {
    const full = await body(oembedAnswer(ask(), embedded()));
    expect(full).toMatchObject({ thumbnail_url: `${SITE}/og/compare/a/b?v=0123456789ab`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(await body(oembedAnswer(ask({ maxwidth: 1200, maxheight: 630 }), embedded()))).toHaveProperty("thumbnail_url");
    for (const small of [{ maxwidth: 800 }, { maxheight: 629 }]) {
      const b = await body(oembedAnswer(ask(small), embedded()));
      expect(b).not.toHaveProperty("thumbnail_url");
      expect(b).not.toHaveProperty("thumbnail_width");
    }
  });

  it("gives the pinned code by default and the live code when asked, each with its page's image linked", async () => {
    const pinned = await body(oembedAnswer(ask(), embedded()));
    expect(pinned.html).toContain(`src="${SITE}/embed/compare/a/b?v=0123456789ab"`);
    expect(pinned.html).toContain(
      `<noscript><a href="${SITE}/compare/a/b?v=0123456789ab"><img src="${SITE}/og/compare/a/b?v=0123456789ab"`,
    );
    expect(pinned.html_live).not.toContain("?v=");
    expect(pinned.title).toBe("US–China 2015 vs Canada–China 2017 · Pactdiff");
    const live = oembedAnswer(ask({ wantPinned: false }), embedded());
    expect((await body(live)).html).not.toContain("?v=");
    expect(live.headers.get("x-dataset-version")).toBe("0123456789ab");
  });

  it("keeps an address that names its version pinned whatever is asked, with no live code", async () => {
    const r = oembedAnswer(ask({ wantPinned: false }), embedded({ urlPinned: true }));
    expect(await body(r)).toMatchObject({ pinned: true, html_live: null });
    expect(r.headers.get("cache-control")).not.toBe(oembedAnswer(ask(), embedded()).headers.get("cache-control"));
  });

  it("answers a page with nothing to frame (an agreement) as a link with its preview image", async () => {
    const agreement = embedded({ title: "US–China 2015", image: (v) => `${SITE}/og/agreement/a${at(v)}`, frame: undefined });
    const b = await body(oembedAnswer(ask({ wantPinned: false }), agreement));
    expect(b).toMatchObject({ version: "1.0", type: "link", title: "US–China 2015 · Pactdiff", pinned: false });
    expect(b).not.toHaveProperty("html");
    expect(b).toHaveProperty("thumbnail_url", `${SITE}/og/agreement/a`);
  });
});

describe("oembedAlternates", () => {
  it("points at the oEmbed answer for the page's address, and at its JSON when given", () => {
    const types = oembedAlternates(`${SITE}/agreements/us-china-2015?v=0123456789ab`, "/api/v1/agreements/us-china-2015");
    expect(types).toEqual({
      "application/json+oembed": `/api/oembed?url=${encodeURIComponent(`${SITE}/agreements/us-china-2015?v=0123456789ab`)}&format=json`,
      "application/json": "/api/v1/agreements/us-china-2015",
    });
    const query = new URL(types["application/json+oembed"] as string, SITE).searchParams;
    expect(query.get("url")).toBe(`${SITE}/agreements/us-china-2015?v=0123456789ab`);
    expect(Object.keys(oembedAlternates(`${SITE}/provisions/ip-theft`))).toEqual(["application/json+oembed"]);
  });
});
