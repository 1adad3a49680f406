// The domain's shapes, once: zod schemas with the types inferred from them. The importer validates catalogue
// files with the coded values' schemas (scripts/lib/catalogue/schema.ts), lib/data reads database rows into
// these types (checking the coded values it cannot get typed from Prisma), lib/compare and the API take and
// give them, and the URL parsers build their state on them.
import { z } from "zod";
import { ALIGNMENT_KINDS } from "./units";
import {
  AGAINST,
  BASES,
  CONFIDENCES,
  DIFFS,
  EVENT_KINDS,
  FORMS,
  LEGAL_CHARACTERS,
  PRECISIONS,
  READOUT_KINDS,
  SCOPE_POSITIONS,
  SOURCE_KINDS,
  STATUSES,
  TEXT_FORMS,
  THEMES,
  VIEWS,
} from "./codes";

export * from "./codes";

export const precisionSchema = z.enum(PRECISIONS);
export const confidenceSchema = z.enum(CONFIDENCES);
export const textFormSchema = z.enum(TEXT_FORMS);
export const basisSchema = z.enum(BASES);
export const scopePositionSchema = z.enum(SCOPE_POSITIONS);
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export const formSchema = z.enum(FORMS);
export const legalCharacterSchema = z.enum(LEGAL_CHARACTERS);
export const statusSchema = z.enum(STATUSES);
export const readoutKindSchema = z.enum(READOUT_KINDS);
export const eventKindSchema = z.enum(EVENT_KINDS);

/** An agreement's slug, a provision's or category's key: lowercase words joined by hyphens. */
export const keySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, e.g. ip-theft");
export const slugSchema = keySchema.max(80);
/** A dataset version as `v=` carries it: the first 12 hex characters of the catalogue's content hash. */
export const versionIdSchema = z.string().regex(/^[0-9a-f]{12}$/);

export const partySchema = z.object({ code: z.string(), name: z.string() });
/** An agreement as other entries name it (an event about several, a quoting text): its slug and short title. */
export const agreementRefSchema = z.object({ slug: z.string(), shortTitle: z.string() });

/**
 * A source as an agreement cites it. Title, publisher, date and address are what the source shows (its
 * evidence); null: not seen. `evidence` names the record of what was seen, shown at /sources/{id}?v={version}
 * (null in versions imported before the evidence archive).
 */
export const sourceSchema = z.object({
  key: z.string(),
  evidence: z.object({ id: z.string(), version: z.string(), href: z.string() }).nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  kind: sourceKindSchema,
  reliability: z.string().nullable(),
});
export const citationSchema = z.object({ source: sourceSchema, pinpoint: z.string().nullable() });

/** A clause text with its provenance: language, form, translation and by whom, confidence, sources. */
export const clauseTextSchema = z.object({
  language: z.string(),
  text: z.string(),
  form: textFormSchema,
  isTranslation: z.boolean(),
  translatedBy: z.string().nullable(),
  confidence: confidenceSchema,
  note: z.string().nullable(),
  citations: z.array(citationSchema),
});
/** A clause: a passage of a short statement, or a unit of a treaty (with its number, heading, divisions, anchor). */
export const clauseSchema = z.object({
  label: z.string(),
  note: z.string().nullable(),
  /** What it is about in the vocabulary; null for a treaty's unit that no provision fits. */
  provision: z.object({ key: z.string(), label: z.string() }).nullable(),
  number: z.string().nullable(),
  heading: z.string().nullable(),
  /** The divisions that hold it, outermost first, as printed ("CHAPTER II — …"). */
  divisions: z.array(z.string()),
  anchor: z.string().nullable(),
  texts: z.array(clauseTextSchema),
  /** The passages elsewhere in the catalogue that hold most of this clause's wording, closest first. */
  reuse: z.array(z.lazy(() => reuseRefSchema)),
});
/** A passage of another agreement that holds `share` (0–1) of a clause's wording, in `language`. */
export const reuseRefSchema = z.object({
  share: z.number(),
  language: z.string(),
  agreement: z.object({ slug: z.string(), shortTitle: z.string(), date: z.string() }),
  label: z.string(),
  heading: z.string().nullable(),
  anchor: z.string(),
});
export const alignmentKindSchema = z.enum(ALIGNMENT_KINDS);
/** A curator's confirmation that units of two documents are counterparts. */
export const unitAlignmentSchema = z.object({
  these: z.array(z.string()),
  those: z.array(z.string()),
  kind: alignmentKindSchema,
  confirmedBy: z.string(),
  note: z.string().nullable(),
});

/** null confidence: recorded in versions imported before readings had one. */
export const scopeReadingSchema = z.object({
  position: scopePositionSchema,
  basis: basisSchema,
  confidence: confidenceSchema.nullable(),
  note: z.string(),
  citations: z.array(citationSchema),
});
export const scopeEntrySchema = z.object({
  category: z.object({ key: z.string(), label: z.string() }),
  readings: z.array(scopeReadingSchema),
});

/** A coded judgement (legal character, status) with its basis and sources. */
export const judgementSchema = z.object({ value: z.string(), basis: basisSchema, note: z.string(), citations: z.array(citationSchema) });

/** One party's or outlet's own account of the agreement, with its statements aligned by provision. */
export const readoutSchema = z.object({
  key: z.string(),
  party: partySchema.nullable(),
  issuedBy: z.string(),
  title: z.string(),
  date: z.string(),
  datePrecision: precisionSchema,
  kind: readoutKindSchema,
  note: z.string().nullable(),
  clauses: z.array(clauseSchema),
});

export const agreementEventSchema = z.object({
  kind: eventKindSchema,
  date: z.string(),
  datePrecision: precisionSchema,
  title: z.string(),
  description: z.string().nullable(),
  assessor: z.string().nullable(),
  finding: z.string().nullable(),
  confidence: confidenceSchema,
  citations: z.array(citationSchema),
  /** The other agreements an event recorded here is about (an assessment of several). */
  alsoConcerns: z.array(agreementRefSchema),
  /** For an event recorded in another agreement's file and shown here too: that agreement. */
  sharedFrom: agreementRefSchema.nullable(),
});

export const correctionSchema = z.object({
  claim: z.string(),
  claimedBy: sourceSchema.pick({ key: true, evidence: true, title: true, publisher: true, url: true }),
  correction: z.string(),
  citations: z.array(citationSchema),
});

export const agreementSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  parties: z.array(partySchema),
  form: formSchema,
  /** null: not assessed. */
  legalCharacter: legalCharacterSchema.nullable(),
  /** null: not assessed. */
  status: statusSchema.nullable(),
  date: z.string(),
  datePrecision: precisionSchema,
  year: z.number().int(),
  summary: z.string(),
  provisionKeys: z.array(z.string()),
  coveredScope: z.array(z.string()),
});

export const agreementDetailSchema = agreementSummarySchema.extend({
  forum: z.string().nullable(),
  statusNote: z.string().nullable(),
  supersededBy: z.string().nullable(),
  /** Whether the clauses are the whole text or the parts seen; null: not said (a statement's extracts). */
  extent: z.object({ value: z.enum(["whole", "partial"]), note: z.string() }).nullable(),
  clauses: z.array(clauseSchema),
  /** Confirmed alignments this document's file records, by the other document's slug. */
  alignments: z.array(unitAlignmentSchema.extend({ with: z.string() })),
  judgements: z.object({ legalCharacter: judgementSchema.nullable(), status: judgementSchema.nullable() }),
  readouts: z.array(readoutSchema),
  scope: z.array(scopeEntrySchema),
  events: z.array(agreementEventSchema),
  corrections: z.array(correctionSchema),
});

/** A comparison's state, as its URL carries it (lib/compare/state.ts parses, lib/urls.ts writes). */
export const compareStateSchema = z.object({
  slugs: z.array(slugSchema).readonly(),
  view: z.enum(VIEWS),
  diff: z.enum(DIFFS),
  v: versionIdSchema.optional(),
});
/** An embed's state: the comparison's and its theme and rows. */
export const embedStateSchema = compareStateSchema.extend({ theme: z.enum(THEMES), rows: z.array(keySchema) });
/** A provision page's state (lib/compare/provision-state.ts parses, lib/urls.ts writes). */
export const provisionStateSchema = z.object({
  key: keySchema.max(60),
  /** The agreement every wording is diffed against; absent: the earliest wording. */
  ref: slugSchema.optional(),
  against: z.enum(AGAINST),
  party: z.string().optional(),
  year: z.number().int().optional(),
  form: z.string().optional(),
  page: z.number().int().min(1),
  v: versionIdSchema.optional(),
});

export type Party = z.infer<typeof partySchema>;
export type AgreementRef = z.infer<typeof agreementRefSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type ClauseText = z.infer<typeof clauseTextSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type UnitAlignment = z.infer<typeof unitAlignmentSchema>;
export type ReuseRef = z.infer<typeof reuseRefSchema>;
export type ScopeReading = z.infer<typeof scopeReadingSchema>;
export type ScopeEntry = z.infer<typeof scopeEntrySchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type Readout = z.infer<typeof readoutSchema>;
export type AgreementEvent = z.infer<typeof agreementEventSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;
export type CompareState = z.infer<typeof compareStateSchema>;
export type EmbedState = z.infer<typeof embedStateSchema>;
export type ProvisionState = z.infer<typeof provisionStateSchema>;
