import { describe, expect, it } from "vitest";
import { parseProvisionState, provisionHref } from "./provision-state";

describe("provision page state", () => {
  it("parses what it knows and drops the rest", () => {
    const state = parseProvisionState(
      "ip-theft",
      new URLSearchParams("ref=uk-china-2015&against=previous&party=GBR&year=2015&form=joint-statement&page=2&v=0123456789ab&junk=1"),
    );
    expect(state).toEqual({
      key: "ip-theft",
      ref: "uk-china-2015",
      against: "previous",
      party: "GBR",
      year: 2015,
      form: "joint-statement",
      page: 2,
      v: "0123456789ab",
    });
    const hostile = parseProvisionState("ip-theft", {
      ref: "<script>",
      against: "sideways",
      party: "gb r",
      year: "20x5",
      form: "A B",
      page: "0",
      v: "zz",
    });
    expect(hostile).toEqual({ key: "ip-theft", against: "reference", page: 1 });
    expect(parseProvisionState("IP Theft")).toBeNull();
    expect(parseProvisionState("a".repeat(61))).toBeNull();
  });

  it("serialises canonically: defaults left out, parameters in a fixed order, round-trips", () => {
    const state = parseProvisionState("ip-theft", new URLSearchParams("v=0123456789ab&page=2&party=GBR&ref=uk-china-2015"));
    if (!state) throw new Error("unparsed");
    const href = provisionHref(state);
    expect(href).toBe("/provisions/ip-theft?ref=uk-china-2015&party=GBR&page=2&v=0123456789ab");
    expect(parseProvisionState("ip-theft", new URL(href, "http://x").searchParams)).toEqual(state);
    expect(provisionHref({ key: "ip-theft", against: "reference", page: 1 })).toBe("/provisions/ip-theft");
    expect(provisionHref(state, { page: 1, v: undefined }, "/embed/provisions")).toBe(
      "/embed/provisions/ip-theft?ref=uk-china-2015&party=GBR",
    );
  });
});
