// Display formatting shared by pages, embeds and exports. Pure functions: no React, no Prisma.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2015-09-25" → "25 September 2015"; "2016-06" → "June 2016"; "2015" → "2015". Never invents a day. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const FORMS: Record<string, string> = {
  "joint-statement": "Joint statement",
  "fact-sheet": "Fact sheet",
  communique: "Communiqué",
  declaration: "Declaration",
  "intergovernmental-agreement": "Intergovernmental agreement",
};
const CHARACTER: Record<string, string> = { "political-commitment": "Political commitment", binding: "Legally binding" };
const STATUS: Record<string, string> = { active: "Active", superseded: "Superseded", lapsed: "Lapsed" };
const POSITION: Record<string, string> = { covered: "Covered", "not-covered": "Not covered", silent: "Silent" };
const BASIS: Record<string, string> = { text: "the text itself", official: "an official statement", press: "press reading", expert: "expert reading" };
const SOURCE_KIND: Record<string, string> = { primary: "Primary", "official-copy": "Official text (copy)", press: "Press", analysis: "Analysis" };
const EVENT_KIND: Record<string, string> = {
  announced: "Announced",
  agreed: "Agreed",
  published: "Published",
  meeting: "Meeting",
  reaffirmed: "Reaffirmed",
  superseded: "Superseded",
  assessment: "Compliance assessment",
  other: "Related",
};
const TEXT_FORM: Record<string, string> = { verbatim: "Verbatim", truncated: "Truncated copy", paraphrase: "Paraphrase only" };

const pick = (table: Record<string, string>, key: string) => table[key] ?? key;
export const formLabel = (form: string) => pick(FORMS, form);
export const characterLabel = (c: string) => pick(CHARACTER, c);
export const statusLabel = (s: string) => pick(STATUS, s);
export const positionLabel = (p: string) => pick(POSITION, p);
export const basisLabel = (b: string) => pick(BASIS, b);
export const sourceKindLabel = (k: string) => pick(SOURCE_KIND, k);
export const eventKindLabel = (k: string) => pick(EVENT_KIND, k);
export const textFormLabel = (f: string) => pick(TEXT_FORM, f);
export const confidenceLabel = (c: string) => (c === "unconfirmed" ? "UNCONFIRMED" : `${c[0]?.toUpperCase() ?? ""}${c.slice(1)} confidence`);

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
export function languageLabel(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function partiesLabel(parties: { name: string }[]): string {
  return parties.map((p) => p.name).join(" – ");
}
