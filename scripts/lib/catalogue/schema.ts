// Zod schemas of the catalogue's source files (prisma/catalogue). The vocabulary file is validated first;
// agreement files are then validated against it, so an unknown provision, scope category or party code
// is an error naming the file and the field. See README "Curator's guide" for the format.
// The coded values and their schemas are the domain's (lib/domain), shared with the data layer and the app;
// the shared field checks are in ./fields.ts, the vocabulary's and the evidence files' schemas beside this one.
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
import { languageSchema, LENGTHS, MAX_TEXT_LENGTH, noteSchema, partialDateSchema, proseSchema, titleSchema } from "./fields";
import { alignmentsSchema, checkUnits, extentSchema, unitFields } from "./units";
import { WARNING_CODES } from "./warnings";
import type { Vocabulary } from "./vocabulary-schema";

export { slugSchema };
export { checkLanguageTag, isValidPartialDate, MAX_PASSAGE_LENGTH, MAX_TEXT_LENGTH, partialDateSchema } from "./fields";
export { evidenceFileSchema, type EvidenceFile } from "./evidence-schema";
export { vocabularySchema, type Vocabulary } from "./vocabulary-schema";

const shortText = (what: string) => proseSchema(LENGTHS.title, what, "a name or a few words");
const longText = (what: string) => proseSchema(LENGTHS.note, what, "say what readers need, and keep the rest in the research file");
const acknowledgementSchema = z
  .string()
  .trim()
  .min(10, "say why the warning stands, in a sentence of at least 10 characters: the next curator reads it")
  .max(300, "a reason is at most 300 characters");

const citeSchema = z
  .array(
    z.union([
      key.transform((source) => ({ source, pinpoint: undefined as string | undefined })),
      z.strictObject({ source: key, pinpoint: shortText("a pinpoint").optional() }),
    ]),
  )
  .min(1, "needs at least one source");

/** The facts a source shows are its evidence's (prisma/catalogue/evidence): an agreement file only names it. */
const EVIDENCE_FIELDS = ["title", "publisher", "date", "url"] as const;

const sourceSchema = z
  .object({
    evidence: key,
    kind: sourceKindSchema,
    reliability: shortText("a reliability note").optional(),
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

const clauseTextSchema = z
  .strictObject({
    language: languageSchema,
    form: textFormSchema,
    isTranslation: z.boolean().default(false),
    translatedBy: z.string().min(1).optional(),
    confidence,
    note: noteSchema.optional(),
    text: z
      .string()
      .trim()
      .min(1)
      .max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters: store one article or paragraph, not the document`),
    cite: citeSchema,
  })
  .superRefine((t, ctx) => {
    if (t.isTranslation && !t.translatedBy?.trim()) {
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
    { value: z.enum(values), basis, note: noteSchema, cite: citeSchema },
    {
      error: (issue) =>
        issue.code === "invalid_type"
          ? `${field} is a judgement: give value (${values.join(" | ")}), basis, note and cite, or leave it out to show "not assessed"`
          : undefined,
    },
  );
}

/** A check that a value is one of the vocabulary's, naming the known ones when it is not. */
function knownValue(set: Set<string>, what: string, list: string) {
  return z.string().check((ctx) => {
    if (!set.has(ctx.value)) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `unknown ${what} "${ctx.value}": known ${list} are ${[...set].join(", ")} (add new ones to prisma/catalogue/vocabulary.yaml)`,
      });
    }
  });
}

/** The vocabulary's checks: a party code, a provision, a scope category. */
function knownValues(vocabulary: Vocabulary) {
  return {
    party: knownValue(new Set(vocabulary.parties.map((p) => p.code)), "party code", "party codes"),
    provision: knownValue(new Set(vocabulary.provisions.map((p) => p.key)), "provision", "provisions"),
    category: knownValue(new Set(vocabulary.scopeCategories.map((c) => c.key)), "scope category", "scope categories"),
  };
}

/** The lists of an agreement file besides its clauses: readouts, scope readings, events and corrections. */
function recordLists({ party, category }: ReturnType<typeof knownValues>, clauseSchema: z.ZodType<AgreementClause>) {
  return {
    readouts: z
      .array(
        z.strictObject({
          key,
          party: party.optional(),
          issuedBy: shortText("issuedBy"),
          title: titleSchema,
          date: partialDateSchema,
          kind: readoutKindSchema,
          note: noteSchema.optional(),
          clauses: z.array(clauseSchema).min(1),
        }),
      )
      .default([]),
    scope: z
      .array(
        z.strictObject({
          category,
          position: scopePositionSchema,
          basis,
          confidence,
          note: noteSchema,
          cite: citeSchema,
        }),
      )
      .default([]),
    events: z
      .array(
        z.strictObject({
          date: partialDateSchema,
          kind: eventKindSchema,
          title: titleSchema,
          description: longText("a description").optional(),
          assessor: shortText("an assessor").optional(),
          finding: longText("a finding").optional(),
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
          claim: longText("a claim"),
          claimedBy: key,
          correction: longText("a correction"),
          cite: citeSchema,
        }),
      )
      .default([]),
  };
}

type AgreementClause = {
  label: string;
  provision?: string | undefined;
  note?: string | undefined;
  texts: z.output<typeof clauseTextSchema>[];
} & Partial<Record<"number" | "heading" | "anchor", string>> & { divisions?: string[] | undefined };

function agreementObject(vocabulary: Vocabulary) {
  const known = knownValues(vocabulary);
  const clauseSchema = z.strictObject({
    label: shortText("a label"),
    ...unitFields,
    /** What the clause is about in the vocabulary; a treaty's article may have none. */
    provision: known.provision.optional(),
    note: noteSchema.optional(),
    texts: z.array(clauseTextSchema).min(1),
  });
  return z.strictObject({
    slug: slugSchema,
    title: titleSchema,
    shortTitle: z.string().min(1).max(40),
    parties: z.array(known.party).min(1),
    form: formSchema,
    legalCharacter: judgementSchema("legalCharacter", LEGAL_CHARACTERS).optional(),
    forum: shortText("a forum").optional(),
    date: partialDateSchema,
    status: judgementSchema("status", STATUSES).optional(),
    statusNote: proseSchema(LENGTHS.statusNote, "a status note", "put each fact in an event or a correction with its sources").optional(),
    supersededBy: shortText("supersededBy").optional(),
    summary: proseSchema(LENGTHS.summary, "a summary", "a few sentences of what the sources support"),
    sources: z.record(key, sourceSchema),
    clauses: z.array(clauseSchema).min(1),
    extent: extentSchema.optional(),
    alignments: alignmentsSchema,
    ...recordLists(known, clauseSchema),
    /** Slugs the agreement was published under before: their links answer 301 to this one. */
    formerSlugs: z.array(slugSchema).default([]),
    /** Warnings the curator has looked at, by code, each with why it stands (./warnings.ts). */
    acknowledged: z.record(z.string(), acknowledgementSchema).default({}),
  });
}

type AgreementObject = z.output<ReturnType<typeof agreementObject>>;
type Issue = (path: (string | number)[], message: string) => void;

export function agreementFileSchema(vocabulary: Vocabulary) {
  return agreementObject(vocabulary).superRefine((file, ctx) =>
    checkAgreementFile(file, (path, message) => ctx.addIssue({ code: "custom", path, message })),
  );
}

/** What one field cannot say alone: sources cited exist, nothing is listed twice, an assessment is complete. */
function checkAgreementFile(file: AgreementObject, issue: Issue): void {
  const checkCites = (cites: { source: string }[], path: (string | number)[]) => {
    cites.forEach((c, i) => {
      if (!file.sources[c.source]) issue([...path, "cite", i], `unknown source "${c.source}": add it under sources`);
    });
  };
  file.parties.forEach((code, i) => {
    if (file.parties.indexOf(code) !== i) issue(["parties", i], `party "${code}" is listed twice`);
  });
  file.clauses.forEach((clause, ci) => clause.texts.forEach((t, ti) => checkCites(t.cite, ["clauses", ci, "texts", ti])));
  checkUnits(file, issue);
  const readoutKeys = new Set<string>();
  file.readouts.forEach((r, ri) => {
    if (readoutKeys.has(r.key)) issue(["readouts", ri, "key"], `readout "${r.key}" is listed twice`);
    readoutKeys.add(r.key);
    r.clauses.forEach((clause, ci) => clause.texts.forEach((t, ti) => checkCites(t.cite, ["readouts", ri, "clauses", ci, "texts", ti])));
  });
  if (file.legalCharacter) checkCites(file.legalCharacter.cite, ["legalCharacter"]);
  if (file.status) checkCites(file.status.cite, ["status"]);
  file.scope.forEach((s, i) => checkCites(s.cite, ["scope", i]));
  file.events.forEach((e, i) => {
    checkCites(e.cite, ["events", i]);
    checkEvent(file.slug, e, i, issue);
  });
  file.corrections.forEach((c, i) => {
    checkCites(c.cite, ["corrections", i]);
    if (!file.sources[c.claimedBy]) issue(["corrections", i, "claimedBy"], `unknown source "${c.claimedBy}": add it under sources`);
  });
  if (file.status?.value === "superseded" && !file.supersededBy) issue(["supersededBy"], "a superseded agreement needs supersededBy");
  file.formerSlugs.forEach((former, i) => {
    if (former === file.slug) issue(["formerSlugs", i], `"${former}" is this agreement's own slug: list only the slugs it had before`);
    else if (file.formerSlugs.indexOf(former) !== i) issue(["formerSlugs", i], `"${former}" is listed twice`);
  });
  for (const code of Object.keys(file.acknowledged)) {
    if (!(WARNING_CODES as readonly string[]).includes(code)) {
      issue(["acknowledged", code], `unknown warning code "${code}": the codes are ${WARNING_CODES.join(", ")}`);
    }
  }
}

/** An event names other agreements once each, never its own; an assessment says who assessed and what they found. */
function checkEvent(slug: string, e: AgreementObject["events"][number], i: number, issue: Issue): void {
  e.alsoConcerns?.forEach((other, j) => {
    if (other === slug) issue(["events", i, "alsoConcerns", j], "alsoConcerns names this agreement itself: list only the others");
    else if (e.alsoConcerns?.indexOf(other) !== j) issue(["events", i, "alsoConcerns", j], `"${other}" is listed twice`);
  });
  if (e.kind === "assessment" && (!e.assessor || !e.finding)) issue(["events", i], "an assessment needs assessor and finding");
}

export type AgreementFile = z.infer<ReturnType<typeof agreementFileSchema>>;
