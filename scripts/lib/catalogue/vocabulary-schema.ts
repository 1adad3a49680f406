// The schema of the vocabulary file (prisma/catalogue/vocabulary.yaml): the date of this version of the files
// (`released`), the parties, provisions and scope categories agreement files may name, validated first, the
// provision comparisons headline, and the published agreements withdrawn for good (their pages answer 410 with
// the reason).
import { z } from "zod";
import { keySchema as key, slugSchema } from "@/lib/domain/schema";

/** What readers call a provision or category ("IP theft", "hacking"): a search for one finds the others. */
const synonyms = z
  .array(
    z
      .string()
      .trim()
      .min(2)
      .max(80)
      .regex(/^[^\n]+$/, "one line per phrase"),
  )
  .max(40)
  .default([])
  .refine((list) => new Set(list.map((s) => s.toLowerCase())).size === list.length, "a synonym is listed twice");

const RELEASED_HELP =
  "the date of this version of the catalogue, as YYYY-MM-DD (e.g. released: 2026-12-08): citations and the data package give it; set it to the day you publish changed files";

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
function isCalendarDay(s: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

/** The version's own date: the same on every instance that imports the files (unlike the import date). */
const released = z.string({ error: RELEASED_HELP }).refine(isCalendarDay, RELEASED_HELP);

export const vocabularySchema = z
  .strictObject({
    released,
    parties: z
      .array(
        z.strictObject({ code: z.string().regex(/^[A-Z0-9]{2,6}$/, "must be an upper-case code such as USA"), name: z.string().min(1) }),
      )
      .min(1),
    /** The provision comparisons headline and their preview images are about. */
    featuredProvision: z.strictObject({ key, name: z.string().trim().min(3).max(40) }),
    provisions: z.array(z.strictObject({ key, label: z.string().min(1), description: z.string().min(1), synonyms })).min(1),
    scopeCategories: z.array(z.strictObject({ key, label: z.string().min(1), description: z.string().min(1), synonyms })).min(1),
    /** Published agreements removed for good: their pages answer 410 Gone and say the reason to readers. */
    withdrawn: z
      .array(
        z.strictObject({
          slug: slugSchema,
          reason: z
            .string()
            .trim()
            .min(10, "readers see the reason on the agreement's 410 page: say in a sentence why it was removed (10 to 300 characters)")
            .max(300, "readers see the reason on the agreement's 410 page: at most 300 characters"),
        }),
      )
      .default([]),
  })
  .superRefine((vocabulary, ctx) => {
    const { key } = vocabulary.featuredProvision;
    if (!vocabulary.provisions.some((p) => p.key === key)) {
      ctx.addIssue({ code: "custom", path: ["featuredProvision", "key"], message: `"${key}" is not one of the provisions listed` });
    }
  });
export type Vocabulary = z.infer<typeof vocabularySchema>;
