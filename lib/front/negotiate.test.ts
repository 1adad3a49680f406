import { describe, expect, it } from "vitest";
import { negotiateEncoding } from "./negotiate";

describe("negotiateEncoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    ["gzip", "gzip"],
    ["gzip, deflate, br", "br"],
    ["GZIP, BR", "br"],
    // q=0 is a refusal, in any spelling
    ["br;q=0, gzip", "gzip"],
    ["br; q=0.0, gzip", "gzip"],
    ["gzip;q=0, br;q=0", "identity"],
    // a higher q wins over our preference
    ["gzip;q=1, br;q=0.5", "gzip"],
    // names are whole tokens
    ["xbrx, gzip", "gzip"],
    ["brotli", "identity"],
    ["*", "br"],
    ["br;q=0, *;q=0.1", "gzip"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});
