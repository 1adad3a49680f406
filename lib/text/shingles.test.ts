import { describe, expect, it } from "vitest";
import { foldForShingles, jaccard, shingles } from "./shingles";

const BUDAPEST_7 =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the input, alteration, deletion, or suppression of computer data, resulting in inauthentic data with the intent that it be considered or acted upon for legal purposes as if it were authentic, regardless whether or not the data is directly readable and intelligible.";

describe("shingles", () => {
  it("folds case, punctuation and markup, so an artefact of the copy does not count as a difference", () => {
    expect(foldForShingles('``computer system" means *inter alia,*')).toBe("computer system means inter alia");
    expect(jaccard(shingles('``Computer  system"'), shingles("computer system"))).toBe(1);
  });
  it("measures shared wording whatever the order or numbering", () => {
    const moved = BUDAPEST_7.split(", ").reverse().join(", ");
    expect(jaccard(shingles(BUDAPEST_7), shingles(moved))).toBeGreaterThan(0.8);
    expect(jaccard(shingles(BUDAPEST_7), shingles("The two sides agreed to establish a hotline."))).toBeLessThan(0.1);
  });
});
