import { describe, expect, it } from "vitest";
import { filtersToQuery, pageHref, PAGE_SIZE, parseFilters, parsePage } from "./filters";

const choices = {
  parties: ["CAN", "CHN", "USA"],
  years: [2013, 2015, 2017],
  forms: ["communique"],
  scope: ["economic-espionage"],
  provisions: ["hotline"],
};

describe("parseFilters", () => {
  it("keeps known values", () => {
    expect(
      parseFilters(
        { party: "CAN", year: "2017", form: "communique", scope: "economic-espionage", provision: "hotline", q: " hotline " },
        choices,
      ),
    ).toEqual({
      party: "CAN",
      year: 2017,
      form: "communique",
      scope: "economic-espionage",
      provision: "hotline",
      q: "hotline",
    });
  });

  it.each([
    ["unknown values", { party: "XXX", year: "1999", form: "treaty" }],
    ["hostile markup", { party: "<script>alert(1)</script>", q: "" }],
    ["very long values", { party: "A".repeat(10_000), q: "x".repeat(10_000) }],
    ["non-numeric year", { year: "20l5" }],
  ])("drops %s", (_name, params) => {
    expect(parseFilters(params, choices)).toEqual({});
  });

  it("takes the first of repeated parameters", () => {
    expect(parseFilters({ party: ["USA", "CHN"] }, choices)).toEqual({ party: "USA" });
  });

  it("serialises in a fixed order", () => {
    expect(filtersToQuery({ year: 2015, party: "CHN", q: "a b" })).toBe("?q=a+b&party=CHN&year=2015");
    expect(filtersToQuery({})).toBe("");
  });
});

describe("catalogue pages", () => {
  it("reads ?page=N within range, 1 for anything else", () => {
    expect(parsePage({}, 500)).toBe(1);
    expect(parsePage({ page: "3" }, 500)).toBe(3);
    expect(parsePage({ page: "99" }, 500)).toBe(Math.ceil(500 / PAGE_SIZE));
    for (const bad of ["0", "-1", "2.5", "x", "1e9", ""]) expect(parsePage({ page: bad }, 500)).toBe(1);
    expect(parsePage({ page: ["2", "3"] }, 500)).toBe(2);
    expect(parsePage({ page: "2" }, 6)).toBe(1);
  });

  it("builds page links that keep the filters", () => {
    expect(pageHref({}, 1)).toBe("/agreements");
    expect(pageHref({}, 2)).toBe("/agreements?page=2");
    expect(pageHref({ party: "CHN", q: "ip" }, 3)).toBe("/agreements?q=ip&party=CHN&page=3");
  });
});

describe("the search text", () => {
  it("turns control characters (NUL included, which PostgreSQL refuses) into spaces", () => {
    expect(parseFilters({ q: "a\u0000b\tc" }, choices).q).toBe("a b c");
    expect(parseFilters({ q: "\u0000\u0001" }, choices).q).toBeUndefined();
  });
});
