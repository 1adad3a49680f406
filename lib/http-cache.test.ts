import { describe, expect, it } from "vitest";
import { cacheControlFor, etagOf, notModified } from "./http-cache";

describe("HTTP caching", () => {
  const tag = etagOf("body");

  it("tags a body the same way every time, and another body otherwise", () => {
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf(new TextEncoder().encode("body"))).toBe(tag);
    expect(etagOf("other")).not.toBe(tag);
  });

  it("answers 304 only to a request that holds this body (strong, weak, in a list, or *)", () => {
    expect(notModified({ "if-none-match": tag }, tag)).toBe(true);
    expect(notModified({ "if-none-match": `W/${tag}` }, tag)).toBe(true);
    expect(notModified({ "if-none-match": `"x", ${tag}` }, tag)).toBe(true);
    expect(notModified({ "if-none-match": "*" }, tag)).toBe(true);
    expect(notModified(new Headers({ "if-none-match": tag }), tag)).toBe(true);
    expect(notModified({ "if-none-match": etagOf("other") }, tag)).toBe(false);
    expect(notModified({}, tag)).toBe(false);
    expect(notModified(new Headers(), tag)).toBe(false);
    // A reload that asks for no cached copy gets the whole body.
    expect(notModified({ "if-none-match": tag, "cache-control": "no-cache" }, tag)).toBe(false);
    expect(notModified({ "if-none-match": '\u0000garbage,,,"' }, tag)).toBe(false);
  });

  it("lets pinned versions be kept for good and live ones for seconds", () => {
    expect(cacheControlFor(true)).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor(false)).toMatch(/max-age=0, s-maxage=5/);
  });
});
