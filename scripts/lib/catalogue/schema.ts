// Zod schemas of the catalogue's source files (prisma/catalogue). The vocabulary file is validated first;
// agreement files are then validated against it, so an unknown provision, scope category or party code
// is an error naming the file and the field. See README "Curator's guide" for the format.
// The coded values and their schemas are the domain's (lib/domain), shared with the data layer and the app.
import { z } from "zod";
import {
  basisSchema as basis,
  confidenceSchema as confidence,
  eventKindSchema,
  formSchema,
  keySchema as key,
  LEGAL_CHARACTERS,
  readoutKindSchema,
  scopePositionSchema,
  slugSchema,
  sourceKindSchema,
  STATUSES,
  textFormSchema,
} from "@/lib/domain/schema";

export { slugSchema };

/** ISO 8601 partial date: YYYY, YYYY-MM or YYYY-MM-DD. YAML may hand a bare year over as a number. */
export const partialDateSchema = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value))
  .check((ctx) => {
    if (!isValidPartialDate(ctx.value)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `bad date "${ctx.value}": use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
      });
    }
  });

/** The longest clause text accepted: the longest real clause is about 1,000 characters; a paste of a whole page is not a clause. */
export const MAX_TEXT_LENGTH = 4000;
/** The longest passage kept in the evidence: a long article, not a whole treaty in one passage. */
export const MAX_PASSAGE_LENGTH = 20_000;

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
/** A well-formed BCP 47 tag whose language subtag is a real language (en, zh, fr, zh-Hans…), not just any letters. */
export function isKnownLanguageTag(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = canonical?.split("-")[0];
    return language !== undefined && languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

export function isValidPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const lastDay = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

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

export const vocabularySchema = z
  .strictObject({
    parties: z
      .array(
        z.strictObject({ code: z.string().regex(/^[A-Z0-9]{2,6}$/, "must be an upper-case code such as USA"), name: z.string().min(1) }),
      )
      .min(1),
    /** The provision comparisons headline and their preview images are about. */
    featuredProvision: z.strictObject({ key, name: z.string().trim().min(3).max(40) }),
    provisions: z.array(z.strictObject({ key, label: z.string().min(1), description: z.string().min(1), synonyms })).min(1),
    scopeCategories: z.array(z.strictObject({ key, label: z.string().min(1), description: z.string().min(1), synonyms })).min(1),
  })
  .superRefine((vocabulary, ctx) => {
    const { key } = vocabulary.featuredProvision;
    if (!vocabulary.provisions.some((p) => p.key === key)) {
      ctx.addIssue({ code: "custom", path: ["featuredProvision", "key"], message: `"${key}" is not one of the provisions listed` });
    }
  });
export type Vocabulary = z.infer<typeof vocabularySchema>;

const citeSchema = z
  .array(
    z.union([
      key.transform((source) => ({ source, pinpoint: undefined as string | undefined })),
      z.strictObject({ source: key, pinpoint: z.string().min(1).optional() }),
    ]),
  )
  .min(1, "needs at least one source");

/** The facts a source shows are its evidence's (prisma/catalogue/evidence): an agreement file only names it. */
const EVIDENCE_FIELDS = ["title", "publisher", "date", "url"] as const;

const sourceSchema = z
  .object({
    evidence: key,
    kind: sourceKindSchema,
    reliability: z.string().min(1).optional(),
  })
  .catchall(z.unknown())
  .superRefine((s, ctx) => {
    for (const field of Object.keys(s)) {
      if (["evidence", "kind", "reliability"].includes(field)) continue;
      const message = (EVIDENCE_FIELDS as readonly string[]).includes(field)
        ? `${field} is what the source shows, so it is recorded in its evidence (prisma/catalogue/evidence/*.yaml, id "${s.evidence}"), not here: remove it, and record there what was seen (or null: not seen)`
        : `unknown field "${field}": a source names its evidence, kind and reliability`;
      ctx.addIssue({ code: "custom", path: [field], message });
    }
  })
  .transform(({ evidence, kind, reliability }) => ({ evidence, kind, reliability }));

/** A date as a source shows it, or null: not seen. */
const seenDate = partialDateSchema.nullable();
/** A string as a source shows it, or null: not seen. */
const seenString = z.string().trim().min(1, "write null when it was not seen, not an empty string").max(500).nullable();
const seenWhere = z.string().trim().min(1).max(200);

/**
 * One evidence file: what was seen of each source (its address; its title, publisher and date as shown, or
 * null for not seen; when the copy was made) and the passages quoted from it, byte for byte. Every key is
 * required, so that "not seen" is always said, never left out.
 */
export const evidenceFileSchema = z.strictObject({
  sources: z.record(
    key,
    z.strictObject({
      url: z
        .url({ protocol: /^https?$/, error: "must be a full http(s) address as seen, or null for a source that is not on the web" })
        .nullable(),
      title: seenString,
      publisher: seenString,
      date: seenDate,
      copied: seenDate,
      seen: seenWhere,
      note: z.string().trim().min(1).max(1000).optional(),
      passages: z.array(
        z.strictObject({
          language: z.string().refine(isKnownLanguageTag, {
            error: (issue) => `unknown language "${String(issue.input)}": use a BCP 47 tag such as en, fr, zh`,
          }),
          seen: seenWhere,
          text: z.string().min(1).max(MAX_PASSAGE_LENGTH, `a passage is at most ${MAX_PASSAGE_LENGTH} characters`),
        }),
      ),
    }),
  ),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

const clauseTextSchema = z
  .strictObject({
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as en or zh")
      .refine(isKnownLanguageTag, {
        error: (issue) => `unknown language "${String(issue.input)}": use a BCP 47 tag of a real language, such as en, fr, zh or zh-Hans`,
      }),
    form: textFormSchema,
    isTranslation: z.boolean().default(false),
    translatedBy: z.string().min(1).optional(),
    confidence,
    note: z.string().min(1).optional(),
    text: z
      .string()
      .trim()
      .min(1)
      .max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters: store the clause, not the document`),
    cite: citeSchema,
  })
  .superRefine((t, ctx) => {
    if (t.isTranslation && !t.translatedBy) {
      ctx.addIssue({
        code: "custom",
        path: ["translatedBy"],
        message: "a translation needs translatedBy: who translated it (a publisher, an agency, or Pactdiff)",
      });
    }
    if (!t.isTranslation && t.translatedBy) {
      ctx.addIssue({ code: "custom", path: ["isTranslation"], message: "translatedBy is set but isTranslation is not true" });
    }
    if (t.form === "verbatim" && /^(…|\[…\])|(…|\[…\])$/.test(t.text)) {
      ctx.addIssue({ code: "custom", path: ["form"], message: "a text that starts or ends with … is a cut copy: use form: truncated" });
    }
    if (t.confidence === "high" && /\p{L}\[[^\]…]+\]/u.test(t.text)) {
      ctx.addIssue({
        code: "custom",
        path: ["confidence"],
        message: "a text with words completed in brackets (relev[ant …]) is not seen as it stands: confidence cannot be high",
      });
    }
  });

/**
 * A coded judgement about a document (its legal character, its status): the value, on what basis, a note
 * and its sources, like a scope reading. Left out, the page says "not assessed".
 */
function judgementSchema<V extends readonly [string, ...string[]]>(field: string, values: V) {
  return z.strictObject(
    { value: z.enum(values), basis, note: z.string().min(1), cite: citeSchema },
    {
      error: (issue) =>
        issue.code === "invalid_type"
          ? `${field} is a judgement: give value (${values.join(" | ")}), basis, note and cite, or leave it out to show "not assessed"`
          : undefined,
    },
  );
}

export function agreementFileSchema(vocabulary: Vocabulary) {
  const parties = new Set(vocabulary.parties.map((p) => p.code));
  const provisions = new Set(vocabulary.provisions.map((p) => p.key));
  const categories = new Set(vocabulary.scopeCategories.map((c) => c.key));
  const known = (set: Set<string>, what: string, list: string) =>
    z.string().check((ctx) => {
      if (!set.has(ctx.value)) {
        ctx.issues.push({
          code: "custom",
          input: ctx.value,
          message: `unknown ${what} "${ctx.value}": known ${list} are ${[...set].join(", ")} (add new ones to prisma/catalogue/vocabulary.yaml)`,
        });
      }
    });
  const clauseSchema = z.strictObject({
    label: z.string().min(1),
    provision: known(provisions, "provision", "provisions"),
    note: z.string().min(1).optional(),
    texts: z.array(clauseTextSchema).min(1),
  });

  return z
    .strictObject({
      slug: slugSchema,
      title: z.string().min(1),
      shortTitle: z.string().min(1).max(40),
      parties: z.array(known(parties, "party code", "party codes")).min(1),
      form: formSchema,
      legalCharacter: judgementSchema("legalCharacter", LEGAL_CHARACTERS).optional(),
      forum: z.string().min(1).optional(),
      date: partialDateSchema,
      status: judgementSchema("status", STATUSES).optional(),
      statusNote: z.string().min(1).optional(),
      supersededBy: z.string().min(1).optional(),
      summary: z.string().min(1),
      sources: z.record(key, sourceSchema),
      clauses: z.array(clauseSchema).min(1),
      readouts: z
        .array(
          z.strictObject({
            key,
            party: known(parties, "party code", "party codes").optional(),
            issuedBy: z.string().min(1),
            title: z.string().min(1),
            date: partialDateSchema,
            kind: readoutKindSchema,
            note: z.string().min(1).optional(),
            clauses: z.array(clauseSchema).min(1),
          }),
        )
        .default([]),
      scope: z
        .array(
          z.strictObject({
            category: known(categories, "scope category", "scope categories"),
            position: scopePositionSchema,
            basis,
            confidence,
            note: z.string().min(1),
            cite: citeSchema,
          }),
        )
        .default([]),
      events: z
        .array(
          z.strictObject({
            date: partialDateSchema,
            kind: eventKindSchema,
            title: z.string().min(1),
            description: z.string().min(1).optional(),
            assessor: z.string().min(1).optional(),
            finding: z.string().min(1).optional(),
            /** Other agreements this event (an assessment of several) is about: shown with each of them. */
            alsoConcerns: z.array(slugSchema).min(1).optional(),
            confidence,
            cite: citeSchema,
          }),
        )
        .default([]),
      corrections: z
        .array(
          z.strictObject({
            claim: z.string().min(1),
            claimedBy: key,
            correction: z.string().min(1),
            cite: citeSchema,
          }),
        )
        .default([]),
    })
    .superRefine((file, ctx) => {
      const sources = file.sources;
      const checkCites = (cites: { source: string }[], path: (string | number)[]) => {
        cites.forEach((c, i) => {
          const source = sources[c.source];
          if (!source) {
            ctx.addIssue({ code: "custom", path: [...path, "cite", i], message: `unknown source "${c.source}": add it under sources` });
          }
        });
      };
      file.parties.forEach((code, i) => {
        if (file.parties.indexOf(code) !== i)
          ctx.addIssue({ code: "custom", path: ["parties", i], message: `party "${code}" is listed twice` });
      });
      file.clauses.forEach((clause, ci) => clause.texts.forEach((t, ti) => checkCites(t.cite, ["clauses", ci, "texts", ti])));
      const readoutKeys = new Set<string>();
      file.readouts.forEach((r, ri) => {
        if (readoutKeys.has(r.key))
          ctx.addIssue({ code: "custom", path: ["readouts", ri, "key"], message: `readout "${r.key}" is listed twice` });
        readoutKeys.add(r.key);
        r.clauses.forEach((clause, ci) =>
          clause.texts.forEach((t, ti) => checkCites(t.cite, ["readouts", ri, "clauses", ci, "texts", ti])),
        );
      });
      if (file.legalCharacter) checkCites(file.legalCharacter.cite, ["legalCharacter"]);
      if (file.status) checkCites(file.status.cite, ["status"]);
      file.scope.forEach((s, i) => checkCites(s.cite, ["scope", i]));
      file.events.forEach((e, i) => {
        checkCites(e.cite, ["events", i]);
        e.alsoConcerns?.forEach((slug, j) => {
          if (slug === file.slug)
            ctx.addIssue({
              code: "custom",
              path: ["events", i, "alsoConcerns", j],
              message: "alsoConcerns names this agreement itself: list only the others",
            });
          else if (e.alsoConcerns?.indexOf(slug) !== j)
            ctx.addIssue({ code: "custom", path: ["events", i, "alsoConcerns", j], message: `"${slug}" is listed twice` });
        });
        if (e.kind === "assessment" && (!e.assessor || !e.finding)) {
          ctx.addIssue({ code: "custom", path: ["events", i], message: "an assessment needs assessor and finding" });
        }
      });
      file.corrections.forEach((c, i) => {
        checkCites(c.cite, ["corrections", i]);
        if (!sources[c.claimedBy]) {
          ctx.addIssue({
            code: "custom",
            path: ["corrections", i, "claimedBy"],
            message: `unknown source "${c.claimedBy}": add it under sources`,
          });
        }
      });
      if (file.status?.value === "superseded" && !file.supersededBy) {
        ctx.addIssue({ code: "custom", path: ["supersededBy"], message: "a superseded agreement needs supersededBy" });
      }
    });
}

export type AgreementFile = z.infer<ReturnType<typeof agreementFileSchema>>;
