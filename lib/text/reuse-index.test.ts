import { describe, expect, it } from "vitest";
import { findReuse, REUSE_KEPT, type Passage } from "./reuse-index";

const ART_7 =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the input, alteration, deletion, or suppression of computer data, resulting in inauthentic data with the intent that it be considered or acted upon for legal purposes as if it were authentic, regardless whether or not the data is directly readable and intelligible. A Party may require an intent to defraud, or similar dishonest intent, before criminal liability attaches.";
const COPY = ART_7.replace("Each Party shall adopt", "State Parties shall take").replace("intelligible", "understandable");
const OTHER = "The two sides agreed to establish a high-level joint dialogue mechanism on fighting cybercrime and related issues.";

const passage = (id: number, document: string, text: string, language = "en"): Passage => ({ id, document, language, text });

describe("findReuse", () => {
  it("finds a copied article in another document, with its share of shared wording, both ways", () => {
    const found = findReuse([passage(1, "budapest", ART_7), passage(2, "malabo", COPY), passage(3, "us-china", OTHER)]);
    expect(found.map((r) => [r.from, r.to])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(found[0]!.share).toBeGreaterThan(0.8);
    expect(found[0]!.share).toBeLessThan(1);
  });

  it("measures how much of a passage the other holds: a copy inside a longer article is almost all there", () => {
    const inside = ART_7.slice(ART_7.indexOf("the input"));
    const [ofCopy] = findReuse([passage(1, "budapest", ART_7), passage(2, "malabo", inside)]).filter((r) => r.from === 2);
    expect(ofCopy?.share).toBeGreaterThan(0.95);
  });

  it("leaves out passages too short to tell reuse from a common phrase", () => {
    expect(findReuse([passage(1, "a", "Each Party shall"), passage(2, "b", "Each Party shall")])).toEqual([]);
  });

  it("never reports a document's own passages, nor a passage in another language", () => {
    const found = findReuse([passage(1, "budapest", ART_7), passage(2, "budapest", COPY), passage(3, "fr-copy", ART_7, "fr")]);
    expect(found).toEqual([]);
  });

  it("keeps the closest few for each passage, closest first, the same on every run", () => {
    const copies = Array.from({ length: 6 }, (_, i) => passage(10 + i, `doc-${i}`, ART_7.replace("Each Party", `Party ${i}`)));
    const first = findReuse([passage(1, "budapest", ART_7), ...copies]);
    const ofOne = first.filter((r) => r.from === 1);
    expect(ofOne).toHaveLength(REUSE_KEPT);
    expect(ofOne.map((r) => r.rank)).toEqual([0, 1, 2]);
    expect([...ofOne].sort((a, b) => b.share - a.share)).toEqual(ofOne);
    expect(findReuse([passage(1, "budapest", ART_7), ...copies])).toEqual(first);
  });
});
