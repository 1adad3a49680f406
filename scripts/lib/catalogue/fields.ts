// The field checks every catalogue file shares (agreements, evidence): partial dates, language tags checked
// against the IANA language subtag registry, and the longest texts accepted.
import tags from "language-tags";
import { z } from "zod";

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

/**
 * The longest clause text accepted: one article of a treaty (Budapest's longest, Art. 27, is about 6,000
 * characters), never a whole document in one text.
 */
export const MAX_TEXT_LENGTH = 20_000;
/** The longest passage kept in the evidence: a long article, not a whole treaty in one passage. */
export const MAX_PASSAGE_LENGTH = 20_000;
/**
 * The longest free texts accepted (the longest real ones: summary 964, status note 296, note 473 characters),
 * and the note length past which a warning says it is long.
 */
export const LENGTHS = { title: 300, summary: 2000, statusNote: 1000, note: 2000, longNote: 1000 } as const;

const count = (n: number) => n.toLocaleString("en");
/** A free text of at most `max` characters; `what` and `advice` say which and what to do with a longer one. */
export function proseSchema(max: number, what: string, advice: string) {
  return z
    .string()
    .min(1)
    .max(max, {
      error: (issue) =>
        `${what} is at most ${count(max)} characters (this one has ${count(typeof issue.input === "string" ? issue.input.length : 0)}): ${advice}`,
    });
}
export const noteSchema = proseSchema(LENGTHS.note, "a note", "keep the research in the research file, and say here what readers need");
export const titleSchema = proseSchema(LENGTHS.title, "a title", "give the document's own title");

/** Registry codes (language-tags' Tag.ERR_*) that leave a tag usable: a deprecated tag or subtag. */
const DEPRECATED = new Set([1, 11]);
const EXAMPLES = "use a tag such as en, fr, zh or zh-Hans";

/** The registry's preferred form of a tag where it differs: ger → de, iw → he, zh-cmn → cmn. */
function preferredTag(input: string, canonical: string, said: string[]): string | undefined {
  const named = said.map((m) => /Use '([^']+)'/.exec(m)?.[1]).find(Boolean);
  if (named) return tags(named).format();
  try {
    const [better] = Intl.getCanonicalLocales(input);
    return better && better !== canonical && tags(better).valid() ? tags(better).format() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A language tag as the IANA registry has it, in any letter case (EN → en, zh-hans → zh-Hans): its canonical
 * form, why it is refused (an unknown subtag: zh-Hanz, en-XX, ger), or why it is usable but deprecated (iw).
 */
export function checkLanguageTag(input: string): { tag: string; error?: string; deprecated?: string } {
  const tag = tags(input);
  const canonical = tag.format();
  // A script the language implies (en-Latn, ru-Cyrl: Tag.ERR_SUPPRESS_SCRIPT, 10) is redundant, not wrong.
  const errors = tag.errors().filter((e) => e.code !== 10);
  if (errors.length === 0) return { tag: canonical };
  const better = preferredTag(
    input,
    canonical,
    errors.map((e) => e.message),
  );
  const fatal = errors.find((e) => !DEPRECATED.has(e.code));
  if (!fatal)
    return {
      tag: canonical,
      deprecated: `language tag "${input}" is deprecated in the IANA language subtag registry: write "${better ?? "its replacement"}"`,
    };
  const unknown = errors.find((e) => e.code === 3);
  const subtag = input.split("-").find((s) => s.toLowerCase() === String(unknown?.subtag)) ?? input;
  const why = unknown
    ? `"${subtag}" is not in the IANA language subtag registry`
    : `${fatal.message.replace(/\.$/, "")} (IANA language subtag registry)`;
  return { tag: canonical, error: `unknown language tag "${input}": ${why}; ${better ? `write "${better}"` : EXAMPLES}` };
}

/** A language tag, refused when the registry does not know it, stored in the registry's letter case. */
export const languageSchema = z.string().transform((input, ctx) => {
  const { tag, error } = checkLanguageTag(input);
  if (error) ctx.addIssue({ code: "custom", input, message: error });
  return tag;
});

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
