// The field checks every catalogue file shares (agreements, evidence): partial dates, language tags, and the
// longest texts accepted.
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
