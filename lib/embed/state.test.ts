import { describe, expect, it } from "vitest";
import { embedHref, parseEmbedState, shownRows } from "./state";

const parse = (query: string, path = ["us-china-2015", "canada-china-2017"]) => parseEmbedState(path, new URLSearchParams(query));

describe("parseEmbedState", () => {
  it("reads the comparison's state and the embed's theme and rows, with defaults", () => {
    expect(parse("")).toEqual({
      ok: true,
      state: { slugs: ["us-china-2015", "canada-china-2017"], view: "clauses", diff: "words", theme: "light", rows: [] },
    });
    const parsed = parse("view=scope&v=0123456789ab&theme=dark&rows=ip-theft,hotline");
    expect(parsed).toEqual({
      ok: true,
      state: {
        slugs: ["us-china-2015", "canada-china-2017"],
        view: "scope",
        diff: "words",
        v: "0123456789ab",
        theme: "dark",
        rows: ["ip-theft", "hotline"],
      },
    });
  });

  it("refuses what it does not understand with a 400 that says what the value may be; repeats and spaces are tidied", () => {
    expect(parse("theme=<b>")).toMatchObject({ ok: false, reason: "parameter", param: "theme", status: 400 });
    expect(parse("rows=ip-theft,<script>")).toMatchObject({ ok: false, param: "rows", status: 400 });
    expect(parse(`rows=${"x".repeat(61)}`)).toMatchObject({ ok: false, param: "rows" });
    expect(parse(`rows=${Array.from({ length: 41 }, (_, i) => `p${i}`).join(",")}`)).toMatchObject({ ok: false, param: "rows" });
    const tidy = parse("rows=ip-theft,, hotline ,ip-theft&theme=");
    expect(tidy.ok && tidy.state).toMatchObject({ theme: "light", rows: ["ip-theft", "hotline"] });
    expect(parse("view=graph")).toMatchObject({
      ok: false,
      param: "view",
      status: 400,
      message: expect.stringContaining("clauses, scope, dates"),
    });
    expect(parse("v=0123456789a")).toMatchObject({ ok: false, param: "v", status: 404 });
  });

  it("passes the comparison parser's refusals on", () => {
    expect(parse("", ["us-china-2015"])).toEqual({ ok: false, kind: "redirect", location: "/agreements/us-china-2015" });
    expect(parse("", ["a", "a"])).toMatchObject({ ok: false, kind: "invalid", reason: "duplicate" });
    expect(parse("", ["NOT A SLUG", "b"])).toMatchObject({ ok: false, kind: "invalid", reason: "malformed" });
  });

  it("round-trips through embedHref in canonical order, defaults left out", () => {
    const parsed = parse("rows=hotline&theme=auto&diff=off&view=clauses");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const href = embedHref(parsed.state, "https://pactdiff.example");
    expect(href).toBe("https://pactdiff.example/embed/compare/us-china-2015/canada-china-2017?diff=off&theme=auto&rows=hotline");
    const again = parseEmbedState(new URL(href).pathname.split("/").slice(3), new URL(href).searchParams);
    expect(again).toEqual(parsed);
  });
});

describe("shownRows", () => {
  const rows = ["ip-theft", "hotline", "norms"].map((key) => ({ provision: { key } }));
  it("shows the rows asked for, in the comparison's order", () => {
    expect(shownRows(rows, { rows: ["norms", "ip-theft"] }).map((r) => r.provision.key)).toEqual(["ip-theft", "norms"]);
  });
  it("shows every row when none or none of those asked for exist", () => {
    expect(shownRows(rows, { rows: [] })).toBe(rows);
    expect(shownRows(rows, { rows: ["gone"] })).toBe(rows);
  });
});
