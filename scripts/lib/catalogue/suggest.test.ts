import { describe, expect, it } from "vitest";
import { agreement, evidence, filesWith } from "@/test/catalogue-fixtures";
import { parseCatalogue } from "./load";
import { suggestions } from "./suggest";

const ART =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law the input, alteration, deletion, or suppression of computer data.";
const COPY =
  "State Parties shall establish as criminal offences under its domestic law the input, alteration, deletion, or suppression of computer data.";

function treaty(slug: string, text: string, extra: object = {}, more: object = {}) {
  const seen = { language: "en", form: "verbatim", confidence: "high", text, cite: ["fs"] };
  return { ...agreement(slug), shortTitle: slug, clauses: [{ label: "Art. 7", number: "7", texts: [seen], ...extra }], ...more };
}
function catalogue(...agreements: object[]) {
  const seen = evidence();
  seen.sources["example-fact-sheet"].passages.push(
    { language: "en", seen: "a test fixture", text: ART },
    { language: "en", seen: "a test fixture", text: COPY },
  );
  return parseCatalogue(filesWith(seen, ...agreements));
}

describe("db:check suggestions", () => {
  it("suggests the provision of the clause that holds a new text's wording, and an alignment not yet confirmed", () => {
    const lines = suggestions(catalogue(treaty("budapest", ART, { provision: "hotline" }), treaty("malabo", COPY)));
    expect(lines).toContainEqual(
      expect.stringMatching(/^malabo Art\. 7 has no provision: \d+% of its wording is in budapest Art\. 7, filed under hotline\.$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^malabo Art\. 7 may be the counterpart of budapest Art\. 7 \(\d+% .*\): confirm it under alignments if so\.$/),
    );
  });

  it("says nothing of an alignment already confirmed, nor of texts that share no wording", () => {
    const confirmed = {
      alignments: [{ with: "budapest", pairs: [{ these: ["7"], those: ["7"], kind: "one-to-one", confirmedBy: "Curators" }] }],
    };
    const lines = suggestions(
      catalogue(treaty("budapest", ART, { provision: "hotline" }), treaty("malabo", COPY, { provision: "hotline" }, confirmed)),
    );
    expect(lines).toEqual([]);
  });
});
