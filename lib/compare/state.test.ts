import { describe, expect, it } from "vitest";
import { compareHref, internalComparePath, parseCompareState, stateFromInternal } from "./state";

describe("parseCompareState", () => {
  it("keeps order, defaults view and diff", () => {
    expect(parseCompareState(["canada-china-2017", "us-china-2015"])).toEqual({
      ok: true,
      state: { slugs: ["canada-china-2017", "us-china-2015"], view: "clauses", diff: "words" },
    });
  });

  it("reads view, diff and v from either a URLSearchParams or a record", () => {
    const q = new URLSearchParams("view=scope&diff=off&v=0123456789ab&junk=1");
    expect(parseCompareState(["a-1", "b-2"], q)).toEqual({
      ok: true,
      state: { slugs: ["a-1", "b-2"], view: "scope", diff: "off", v: "0123456789ab" },
    });
    expect(parseCompareState(["a-1", "b-2"], { view: ["dates", "scope"] })).toMatchObject({ state: { view: "dates" } });
  });

  it("takes empty values as absent: the defaults", () => {
    expect(parseCompareState(["a-1", "b-2"], { view: "", diff: "", v: "" })).toEqual({
      ok: true,
      state: { slugs: ["a-1", "b-2"], view: "clauses", diff: "words" },
    });
  });

  it.each([
    ["unknown view", { view: "graph" }, "view", 400],
    ["hostile view", { view: "<script>alert(1)</script>" }, "view", 400],
    ["unknown diff", { diff: "chars" }, "diff", 400],
    ["malformed version", { v: "../../etc/passwd" }, "v", 404],
    ["cut version", { v: "0123456789a" }, "v", 404],
    ["lengthened version", { v: "0123456789abc" }, "v", 404],
  ])("refuses a %s, never falling back to the default or the latest data", (_name, query, param, status) => {
    expect(parseCompareState(["a-1", "b-2"], query)).toMatchObject({ ok: false, kind: "invalid", reason: "parameter", param, status });
  });

  it.each([
    [[], { kind: "redirect", location: "/agreements" }],
    [["us-china-2015"], { kind: "redirect", location: "/agreements/us-china-2015" }],
    [["a", "b", "c", "d", "e"], { kind: "invalid", reason: "too-many" }],
    [["a", "b", "a"], { kind: "invalid", reason: "duplicate" }],
    [["a", "B"], { kind: "invalid", reason: "malformed" }],
    [["a", "%3Cscript%3E"], { kind: "invalid", reason: "malformed" }],
    [["a", "%E0%A4%A"], { kind: "invalid", reason: "malformed" }],
    [["a", "..%2F..%2Fetc"], { kind: "invalid", reason: "malformed" }],
    [["a", "x".repeat(81)], { kind: "invalid", reason: "malformed" }],
  ])("%j → %j", (segments, expected) => {
    expect(parseCompareState(segments)).toMatchObject({ ok: false, ...expected });
  });

  it("ignores empty segments from doubled slashes", () => {
    expect(parseCompareState(["a", "", "b", ""])).toMatchObject({ ok: true, state: { slugs: ["a", "b"] } });
  });
});

describe("serialising", () => {
  const state = { slugs: ["canada-china-2017", "us-china-2015"], view: "clauses", diff: "words" } as const;

  it("leaves defaults out of the canonical URL", () => {
    expect(compareHref(state)).toBe("/compare/canada-china-2017/us-china-2015");
    expect(compareHref(state, { view: "scope", diff: "off", v: "0123456789ab" })).toBe(
      "/compare/canada-china-2017/us-china-2015?view=scope&diff=off&v=0123456789ab",
    );
  });

  it("round-trips through the internal path", () => {
    const pinned = { ...state, view: "dates" as const, v: "0123456789ab" };
    const [, , view, diff, version, ...slugs] = internalComparePath(pinned).split("/");
    expect(stateFromInternal({ view: view!, diff: diff!, version: version!, slugs })).toEqual(pinned);
    expect(stateFromInternal({ view: "x", diff: "words", version: "latest", slugs: ["a", "b"] })).toBeNull();
    expect(stateFromInternal({ view: "scope", diff: "words", version: "nope", slugs: ["a", "b"] })).toBeNull();
  });
});
