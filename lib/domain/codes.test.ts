import { $Enums } from "@prisma/client";
import { $Enums as PgEnums } from "@pactdiff/prisma-postgresql";
import { describe, expect, it } from "vitest";
import { formLabel, positionLabel, sourceKindLabel } from "../format";
import { BASES, CONFIDENCES, EVENT_KINDS, FORMS, PRECISIONS, SCOPE_POSITIONS, SOURCE_KINDS, STATUSES, TEXT_FORMS, oneOf } from "./codes";
import { agreementSummarySchema, formSchema, scopePositionSchema } from "./schema";

describe("coded values", () => {
  it("are the same lists in the domain and in both databases' enums", () => {
    for (const enums of [$Enums, PgEnums]) {
      expect(Object.values(enums.Precision)).toEqual([...PRECISIONS]);
      expect(Object.values(enums.Confidence)).toEqual([...CONFIDENCES]);
      expect(Object.values(enums.TextForm)).toEqual([...TEXT_FORMS]);
      expect(Object.values(enums.Basis)).toEqual([...BASES]);
      expect(Object.values(enums.Status)).toEqual([...STATUSES]);
      expect(Object.values(enums.EventKind)).toEqual([...EVENT_KINDS]);
    }
  });

  it("each have a label", () => {
    for (const form of FORMS) expect(formLabel(form)).not.toBe(form);
    for (const position of SCOPE_POSITIONS) expect(positionLabel(position)).not.toBe(position);
    for (const kind of SOURCE_KINDS) expect(sourceKindLabel(kind)).not.toBe(kind);
  });

  it("are checked when read from strings: a value outside the list is refused, not passed on", () => {
    expect(formSchema.safeParse("joint-statement").success).toBe(true);
    expect(formSchema.safeParse("treaty").success).toBe(false);
    expect(scopePositionSchema.safeParse("not_covered").success).toBe(false);
    expect(oneOf(["a", "b"], "b")).toBe("b");
    expect(oneOf(["a", "b"], "<script>")).toBeUndefined();
  });

  it("type the shapes built on them", () => {
    const summary = {
      slug: "us-china-2015",
      title: "t",
      shortTitle: "US–China 2015",
      parties: [{ code: "USA", name: "United States" }],
      form: "fact-sheet",
      legalCharacter: "political-commitment",
      status: null,
      date: "2015-09-25",
      datePrecision: "day",
      year: 2015,
      summary: "s",
      provisionKeys: ["ip-theft"],
      coveredScope: [],
    };
    expect(agreementSummarySchema.parse(summary)).toEqual(summary);
    expect(agreementSummarySchema.safeParse({ ...summary, datePrecision: "week" }).success).toBe(false);
    expect(agreementSummarySchema.safeParse({ ...summary, legalCharacter: "treaty" }).success).toBe(false);
  });
});
