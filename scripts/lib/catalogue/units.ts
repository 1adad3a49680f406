// The structure of a long document in the catalogue's files: each clause of a treaty is a unit (an article, a
// paragraph, the preamble) with its number and heading as printed, the divisions that hold it and an anchor
// (`#art-7`, `#art-29-2-b`); an agreement says whether its text is whole or partial; and alignments record
// which units of two documents a curator confirmed as counterparts. The checks across files (an alignment
// names units that exist, once) are here too.
import { z } from "zod";
import { slugSchema } from "@/lib/domain/schema";
import { ALIGNMENT_KINDS, anchorOf } from "@/lib/domain/units";
import type { Located } from "./evidence";
import { LENGTHS, proseSchema } from "./fields";
import type { CatalogueIssue } from "./load";

const short = (what: string) => proseSchema(LENGTHS.title, what, "a name or a few words");

/** The fields a clause has when it is a unit of a structured text. */
export const unitFields = {
  number: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]+(\([0-9A-Za-z]+\))*$/, 'a number as printed, e.g. "7" or "29(2)(b)"')
    .optional(),
  heading: short("a heading").optional(),
  divisions: z.array(short("a division")).min(1).optional(),
  anchor: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, "an anchor is lower-case letters, digits and hyphens, e.g. preamble")
    .max(60)
    .optional(),
};

export const extentSchema = z.strictObject({
  value: z.enum(["whole", "partial"]),
  note: proseSchema(LENGTHS.note, "an extent note", "say what was seen and what was not"),
});

const unitList = z.array(z.string().trim().min(1)).min(1);
export const alignmentsSchema = z
  .array(
    z.strictObject({
      with: slugSchema,
      pairs: z
        .array(
          z.strictObject({
            these: unitList,
            those: unitList,
            kind: z.enum(ALIGNMENT_KINDS),
            confirmedBy: short("confirmedBy"),
            note: proseSchema(LENGTHS.note, "a note", "keep it to what readers need").optional(),
          }),
        )
        .min(1),
    }),
  )
  .default([]);

type Unit = { number?: string | undefined; anchor?: string | undefined };
type StructuredFile = {
  slug: string;
  clauses: Unit[];
  alignments: z.output<typeof alignmentsSchema>;
};

/** The anchor a unit is reached at, or null for a clause that is not a unit. */
export const unitAnchor = (unit: Unit): string | null => unit.anchor ?? (unit.number ? anchorOf(unit.number) : null);

/** Within one file: anchors are unique, and a unit gives a number or an anchor, not both. */
export function checkUnits(file: StructuredFile, issue: (path: (string | number)[], message: string) => void): void {
  const seen = new Map<string, number>();
  file.clauses.forEach((unit, i) => {
    if (unit.number && unit.anchor)
      issue(["clauses", i, "anchor"], `a numbered unit's anchor is made from its number (${anchorOf(unit.number)}): remove anchor`);
    const anchor = unitAnchor(unit);
    if (!anchor) return;
    const first = seen.get(anchor);
    if (first !== undefined)
      issue(["clauses", i], `#${anchor} is already the anchor of clause ${first + 1}: numbers and anchors are unique in a document`);
    else seen.set(anchor, i);
  });
}

/** Across files: an alignment names another agreement of the catalogue and units both documents have. */
export function checkAlignments(agreements: Located<StructuredFile>[]): CatalogueIssue[] {
  const units = new Map(agreements.map((a) => [a.data.slug, new Set(a.data.clauses.flatMap((c) => (c.number ? [c.number] : [])))]));
  return agreements.flatMap((a) =>
    a.data.alignments.flatMap((alignment, i) => {
      const at = (path: (string | number)[], message: string): CatalogueIssue => ({
        file: a.file,
        path: ["alignments", i, ...path].join("."),
        line: a.lineAt(["alignments", i, ...path]),
        message,
      });
      const other = units.get(alignment.with);
      if (alignment.with === a.data.slug) return [at(["with"], "an alignment is with another document, not this one")];
      if (!other) return [at(["with"], `no agreement "${alignment.with}" in the catalogue`)];
      const own = units.get(a.data.slug) ?? new Set<string>();
      return alignment.pairs.flatMap((pair, j) => [
        ...pair.these.filter((n) => !own.has(n)).map((n) => at(["pairs", j, "these"], `this document has no unit numbered "${n}"`)),
        ...pair.those.filter((n) => !other.has(n)).map((n) => at(["pairs", j, "those"], `${alignment.with} has no unit numbered "${n}"`)),
      ]);
    }),
  );
}
