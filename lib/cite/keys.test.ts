// The keys of cited things: one per thing and version, and download names that are file names.
import { describe, expect, it } from "vitest";
import { agreementKey, citationFileStem, citationKey, comparisonKey, DATASET_KEY, provisionKey, risId, sourceKey } from "./keys";

const V = "d24017fcbe08";
const provision = { key: "ip-theft", against: "reference" as const };

describe("citation keys", () => {
  it("tell apart every kind of cited thing and every choice that changes what is cited", () => {
    const keys = [
      agreementKey("us-china-2015"),
      comparisonKey({ slugs: ["us-china-2015", "canada-china-2017"], view: "clauses", diff: "words" }),
      comparisonKey({ slugs: ["canada-china-2017", "us-china-2015"], view: "clauses", diff: "words" }),
      comparisonKey({ slugs: ["us-china-2015", "canada-china-2017"], view: "scope", diff: "words" }),
      comparisonKey({ slugs: ["us-china-2015", "canada-china-2017"], view: "clauses", diff: "off" }),
      comparisonKey({ slugs: ["us-china-2015", "canada-china-2017", "uk-china-2015"], view: "clauses", diff: "words" }),
      provisionKey(provision),
      provisionKey({ ...provision, against: "previous" }),
      provisionKey({ ...provision, ref: "us-china-2015" }),
      provisionKey({ ...provision, party: "CHN", year: 2015, form: "joint-statement" }),
      sourceKey("us-china-2015"),
      DATASET_KEY,
    ].map((k) => citationKey(k, V).toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe(`pactdiff:us-china-2015:${V}`);
    expect(keys.at(-1)).toBe(`pactdiff:${V}`);
  });

  it("differ between versions of one thing, and use only characters BibTeX keys may hold", () => {
    expect(citationKey("aukmin-2017", V)).not.toBe(citationKey("aukmin-2017", "0123456789ab"));
    expect(citationKey('a b,{c}"%#', V)).toMatch(/^[A-Za-z0-9:/._-]+$/);
  });

  it("give RIS ids of 20 letters and digits, different for different keys", () => {
    const a = risId(citationKey("aukmin-2017", V));
    expect(a).toMatch(/^pactdiff[0-9a-f]{12}$/);
    expect(risId(citationKey("aukmin-2018", V))).not.toBe(a);
  });

  it("name downloads with file-safe names", () => {
    expect(citationFileStem(comparisonKey({ slugs: ["a-1", "b-2"], view: "dates", diff: "off" }), V)).toBe(
      `pactdiff-compare-a-1-b-2-dates-plain-${V}`,
    );
    expect(citationFileStem(DATASET_KEY, V)).toBe(`pactdiff-${V}`);
  });
});
