// Display formatting shared by pages, embeds and exports. Pure functions: no React, no Prisma. Every coded
// value of lib/domain/codes.ts has a label here (the tables are typed by the lists: a new value without a
// label does not compile).
import type { Basis, EventKind, Form, LegalCharacter, ReadoutKind, ScopePosition, SourceKind, Status, TextForm } from "./domain/codes";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2015-09-25" → "25 September 2015"; "2016-06" → "June 2016"; "2015" → "2015". Never invents a day. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const FORMS: Record<Form, string> = {
  "joint-statement": "Joint statement",
  "fact-sheet": "Fact sheet",
  communique: "Communiqué",
  declaration: "Declaration",
  "intergovernmental-agreement": "Intergovernmental agreement",
  call: "Call",
  report: "Report",
  framework: "Framework",
  principles: "Principles and actions",
  "media-release": "Media release",
  "outcome-list": "Outcome list",
};
const CHARACTER: Record<LegalCharacter, string> = { "political-commitment": "Political commitment", binding: "Legally binding" };
const READOUT_KIND: Record<ReadoutKind, string> = {
  "fact-sheet": "Fact sheet",
  "outcome-list": "Outcome list",
  "media-release": "Media release",
  statement: "Statement",
  remarks: "Spoken remarks",
  transcription: "Transcription of spoken words",
};
const STATUS: Record<Status, string> = { active: "Active", superseded: "Superseded", lapsed: "Lapsed" };
const POSITION: Record<ScopePosition, string> = { covered: "Covered", "not-covered": "Not covered", silent: "Silent" };
const BASIS: Record<Basis, string> = {
  text: "the text itself",
  official: "an official statement",
  press: "press reading",
  expert: "expert reading",
};
const SOURCE_KIND: Record<SourceKind, string> = {
  primary: "Primary",
  "official-copy": "Official text (copy)",
  "third-party-copy": "Unofficial copy",
  press: "Press",
  analysis: "Analysis",
};
const EVENT_KIND: Record<EventKind, string> = {
  announced: "Announced",
  agreed: "Agreed",
  published: "Published",
  meeting: "Meeting",
  reaffirmed: "Reaffirmed",
  superseded: "Superseded",
  assessment: "Compliance assessment",
  other: "Related",
};
const TEXT_FORM: Record<TextForm, string> = { verbatim: "Verbatim", truncated: "Truncated copy", paraphrase: "Paraphrase only" };

/** The label of a coded value; a value outside the list (a filter option typed by hand) is shown as it is. */
const labels = <K extends string>(table: Record<K, string>): ((key: string) => string) => {
  const byKey = new Map<string, string>(Object.entries(table));
  return (key) => byKey.get(key) ?? key;
};

const characterLabels = labels(CHARACTER);
const statusLabels = labels(STATUS);
export const formLabel = labels(FORMS);
/** null is a judgement nobody made: said so, never left blank or guessed. */
export const NOT_ASSESSED = "Not assessed";
export const characterLabel = (c: string | null) => (c === null ? NOT_ASSESSED : characterLabels(c));
export const statusLabel = (s: string | null) => (s === null ? NOT_ASSESSED : statusLabels(s));
export const readoutKindLabel = labels(READOUT_KIND);
export const positionLabel = labels(POSITION);
export const basisLabel = labels(BASIS);
export const sourceKindLabel = labels(SOURCE_KIND);
export const eventKindLabel = labels(EVENT_KIND);
export const textFormLabel = labels(TEXT_FORM);
export const confidenceLabel = (c: string) =>
  c === "unconfirmed" ? "UNCONFIRMED" : `${c[0]?.toUpperCase() ?? ""}${c.slice(1)} confidence`;

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
export function languageLabel(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Two parties "United States – China"; a longer list with commas, and past `max` names a count of the rest. */
export function partiesLabel(parties: { name: string }[], max = Infinity): string {
  if (parties.length <= 2) return parties.map((p) => p.name).join(" – ");
  const names = parties.map((p) => p.name);
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

/** The host of an address without "www.", or null: what a reader sees of a source whose publisher was not seen. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** Who a source is, in the reader's words: its publisher as shown, else the host of its address, else its title. */
export function sourceName(s: { publisher: string | null; url: string | null; title: string | null }): string {
  return s.publisher ?? hostOf(s.url) ?? (s.title ? `“${s.title}”` : "Unattributed text (no address, publisher or title seen)");
}

/** A source's title as shown, or a plain statement that it was not seen. */
export function sourceTitle(s: { title: string | null }): string {
  return s.title ?? "title not seen";
}
