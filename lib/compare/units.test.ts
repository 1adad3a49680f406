import { describe, expect, it } from "vitest";
import { agreement, clause } from "@/test/agreement-builders";
import type { AgreementDetail, Clause } from "@/lib/domain/schema";
import { buildComparison } from "./comparison";
import { isStructured, mapUnits } from "./units";

// Budapest Art. 2, 7 and 8 (as the copy has them), and a treaty that copies Art. 7 under another number,
// rewords Art. 2, and has an article of its own.
const ART_2 =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally, the access to the whole or any part of a computer system without right.";
const ART_7 =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the input, alteration, deletion, or suppression of computer data, resulting in inauthentic data with the intent that it be considered or acted upon for legal purposes as if it were authentic.";
const ART_8 =
  "Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the causing of a loss of property to another person by any input, alteration, deletion or suppression of computer data.";
const OWN = "The African Union Commission shall set up a committee on personal data protection in every member state.";

const unit = (number: string, text: string, language = "en"): Clause => ({
  ...clause("x", text, { language }),
  provision: null,
  label: `Art. ${number}`,
  number,
  anchor: `art-${number.replace(/\W+/g, "-").replace(/-$/, "")}`,
});
const doc = (slug: string, clauses: Clause[], alignments: AgreementDetail["alignments"] = []): AgreementDetail => ({
  ...agreement(slug, "2001-11-23", clauses),
  alignments,
});
const budapest = doc("budapest", [unit("2", ART_2), unit("7", ART_7), unit("8", ART_8)]);

describe("the article map of two treaties", () => {
  it("pairs the articles a curator confirmed, whatever their numbers, and says who confirmed them", () => {
    const malabo = doc(
      "malabo",
      [unit("29(2)(b)", ART_7.replace("Each Party", "State Parties"))],
      [{ with: "budapest", these: ["29(2)(b)"], those: ["7"], kind: "renumbered", confirmedBy: "Curators", note: null }],
    );
    const map = mapUnits(budapest, malabo);
    const pair = map.pairs.find((p) => p.kind !== "suggested")!;
    expect(pair.base.map((u) => u.number)).toEqual(["7"]);
    expect(pair.other.map((u) => u.number)).toEqual(["29(2)(b)"]);
    expect(pair).toMatchObject({ kind: "renumbered", confirmedBy: "Curators" });
    expect(pair.cell.diff?.ok && pair.cell.diff.similarity).toBeGreaterThan(0.9);
    // Read from the other side, the same confirmation holds.
    expect(
      mapUnits(malabo, budapest)
        .pairs.find((p) => p.kind === "renumbered")
        ?.other.map((u) => u.number),
    ).toEqual(["7"]);
  });

  it("suggests counterparts from shared wording in one language, never by number, and marks them unconfirmed", () => {
    const other = doc("other", [unit("1", OWN), unit("2", ART_8.replace("another person", "a third party")), unit("3", ART_2)]);
    const map = mapUnits(budapest, other);
    const pairs = map.pairs.map((p) => [p.base[0]!.number, p.other[0]!.number, p.kind]);
    expect(pairs).toEqual([
      ["2", "3", "suggested"],
      ["8", "2", "suggested"],
    ]);
    expect(map.onlyInOther.map((u) => u.number)).toEqual(["1"]);
    expect(map.onlyInBase.map((u) => u.number)).toEqual(["7"]);
  });

  it("does not suggest across languages when the catalogue holds no translation", () => {
    const arabic = doc("arab", [unit("5", "تلتزم كل دولة طرف بتجريم الأفعال المبينة في هذا الفصل", "ar")]);
    const map = mapUnits(budapest, arabic);
    expect(map.pairs).toEqual([]);
    expect(map.onlyInOther).toHaveLength(1);
  });

  it("opens a comparison of two structured documents with the map; short statements have none", () => {
    const vocabulary = { provisions: [], categories: [] };
    expect(buildComparison([budapest, doc("copy", [unit("7", ART_7)])], vocabulary).unitMaps).toHaveLength(1);
    const statement = agreement("us-china", "2015-09-25", [clause("ip-theft", "Neither government will conduct.")]);
    expect(isStructured(statement.clauses)).toBe(false);
    expect(buildComparison([statement, budapest], vocabulary).unitMaps).toEqual([]);
  });
});
