import { describe, expect, it } from "vitest";
import { parseProvisionState, provisionHref } from "./provision-state";

describe("provision page state", () => {
  it("parses what it knows and drops the rest", () => {
    const state = parseProvisionState(
      "ip-theft",
      new URLSearchParams("ref=uk-china-2015&against=previous&party=GBR&year=2015&form=joint-statement&page=2&v=0123456789ab&junk=1"),
    );
    expect(state).toEqual({
      ok: true,
      state: {
        key: "ip-theft",
        ref: "uk-china-2015",
        against: "previous",
        party: "GBR",
        year: 2015,
        form: "joint-statement",
        page: 2,
        v: "0123456789ab",
      },
    });
    expect(parseProvisionState("ip-theft", { against: "", page: "" })).toEqual({
      ok: true,
      state: { key: "ip-theft", against: "reference", page: 1 },
    });
    expect(parseProvisionState("IP Theft")).toMatchObject({ ok: false, status: 404 });
    expect(parseProvisionState("a".repeat(61))).toMatchObject({ ok: false, status: 404 });
  });

  it("answers a malformed value 400 with what it may be, a version that is not one 404: never the default in silence", () => {
    const cases: [Record<string, string>, number, string][] = [
      [{ ref: "<script>" }, 400, "ref= must be an agreement slug"],
      [{ against: "sideways" }, 400, "against= must be one of reference, previous"],
      [{ party: "gb r" }, 400, "party="],
      [{ year: "20x5" }, 400, "year="],
      [{ form: "A B" }, 400, "form="],
      [{ page: "0" }, 400, "page="],
      [{ v: "zz" }, 404, 'No dataset version has the id "zz"'],
    ];
    for (const [query, status, message] of cases)
      expect(parseProvisionState("ip-theft", query), JSON.stringify(query)).toMatchObject({
        ok: false,
        status,
        message: expect.stringContaining(message),
      });
  });

  it("serialises canonically: defaults left out, parameters in a fixed order, round-trips", () => {
    const parsed = parseProvisionState("ip-theft", new URLSearchParams("v=0123456789ab&page=2&party=GBR&ref=uk-china-2015"));
    if (!parsed.ok) throw new Error("unparsed");
    const state = parsed.state;
    const href = provisionHref(state);
    expect(href).toBe("/provisions/ip-theft?ref=uk-china-2015&party=GBR&page=2&v=0123456789ab");
    expect(parseProvisionState("ip-theft", new URL(href, "http://x").searchParams)).toEqual({ ok: true, state });
    expect(provisionHref({ key: "ip-theft", against: "reference", page: 1 })).toBe("/provisions/ip-theft");
    expect(provisionHref(state, { page: 1, v: undefined }, "/embed/provisions")).toBe(
      "/embed/provisions/ip-theft?ref=uk-china-2015&party=GBR",
    );
  });
});
