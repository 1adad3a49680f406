// The coded values of the domain, as plain lists: what a catalogue file may say, what the database stores
// (Prisma enums where the values are identifiers, checked strings where they hold hyphens), what URLs carry.
// No zod here, so client components can use them; lib/domain/schema.ts builds the schemas from them.

/** How much of a partial ISO date is known: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PRECISIONS = ["year", "month", "day"] as const;
/** How sure the catalogue is of a wording, a reading or an event. */
export const CONFIDENCES = ["high", "medium", "low", "unconfirmed"] as const;
/** What a stored clause text is: the words as published, a copy cut short, or a paraphrase. */
export const TEXT_FORMS = ["verbatim", "truncated", "paraphrase"] as const;
/** On what a coded judgement or scope reading rests. */
export const BASES = ["text", "official", "press", "expert"] as const;
/** Whether an agreement covers a scope category. */
export const SCOPE_POSITIONS = ["covered", "not-covered", "silent"] as const;
export const SOURCE_KINDS = ["primary", "official-copy", "third-party-copy", "press", "analysis"] as const;
/** Document forms. A new form needs a label in lib/format.ts. */
export const FORMS = [
  "joint-statement",
  "fact-sheet",
  "communique",
  "declaration",
  "intergovernmental-agreement",
  "call",
  "report",
  "framework",
  "principles",
  "media-release",
  "outcome-list",
] as const;
export const LEGAL_CHARACTERS = ["political-commitment", "binding"] as const;
export const STATUSES = ["active", "superseded", "lapsed"] as const;
/** The coded judgements an agreement can carry, as stored (Judgement.field). */
export const JUDGEMENT_FIELDS = ["legal-character", "status"] as const;
export const READOUT_KINDS = ["fact-sheet", "outcome-list", "media-release", "statement", "remarks", "transcription"] as const;
export const EVENT_KINDS = ["announced", "agreed", "published", "meeting", "reaffirmed", "superseded", "assessment", "other"] as const;

/** Comparison views and diff modes (the URL's view= and diff=). */
export const VIEWS = ["clauses", "scope", "dates"] as const;
export const DIFFS = ["words", "off"] as const;
/** Embed themes (the embed URL's theme=). */
export const THEMES = ["light", "dark", "auto"] as const;
/** What a provision page diffs each wording against (against=). */
export const AGAINST = ["reference", "previous"] as const;

export type Precision = (typeof PRECISIONS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type TextForm = (typeof TEXT_FORMS)[number];
export type Basis = (typeof BASES)[number];
export type ScopePosition = (typeof SCOPE_POSITIONS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Form = (typeof FORMS)[number];
export type LegalCharacter = (typeof LEGAL_CHARACTERS)[number];
export type Status = (typeof STATUSES)[number];
export type JudgementField = (typeof JUDGEMENT_FIELDS)[number];
export type ReadoutKind = (typeof READOUT_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type View = (typeof VIEWS)[number];
export type DiffMode = (typeof DIFFS)[number];
export type Theme = (typeof THEMES)[number];
export type Against = (typeof AGAINST)[number];

/** The value if it is one of the list's, else undefined: for query parameters and form fields. */
export function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}
