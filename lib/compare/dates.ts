// Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as spans of time, and the interval between agreements.
// A month-precision date covers its whole month: it is never drawn or counted as a particular day.

import type { Precision } from "@/lib/domain/codes";

export type { Precision };

/** First and last day (UTC ms) a partial date can mean. */
export function dateSpan(date: string): { start: number; end: number; precision: Precision } {
  const [y, m, d] = date.split("-").map(Number);
  const year = y ?? 1970;
  if (m === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year, 11, 31), precision: "year" };
  if (d === undefined) return { start: Date.UTC(year, m - 1, 1), end: Date.UTC(year, m, 0), precision: "month" };
  const t = Date.UTC(year, m - 1, d);
  return { start: t, end: t, precision: "day" };
}

/** "3 days later", "8 months later", "2 years and 1 month later"; "the same month" for month-precision dates. */
export function intervalText(previous: string, next: string): string {
  const a = dateSpan(previous);
  const b = dateSpan(next);
  if (a.precision === "day" && b.precision === "day") {
    const days = Math.round((b.start - a.start) / 86_400_000);
    if (days === 0) return "the same day";
    if (days < 45) return days === 1 ? "1 day later" : `${days} days later`;
  }
  const [ya = 0, ma = 1] = previous.split("-").map(Number);
  const [yb = 0, mb = 1] = next.split("-").map(Number);
  if (a.precision === "year" || b.precision === "year") {
    // A year-precision date says nothing finer: count whole years only.
    return yb === ya ? "the same year" : `${yb - ya} year${yb - ya === 1 ? "" : "s"} later`;
  }
  const months = (yb - ya) * 12 + (mb - ma);
  if (months <= 0) return "the same month";
  if (months < 24) return `${months} month${months === 1 ? "" : "s"} later`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years} years${rest ? ` and ${rest} month${rest === 1 ? "" : "s"}` : ""} later`;
}

const YEAR_WORDS = ["", "the year", "two years", "three years", "four years", "five years"];

/**
 * How far apart two dated documents are, at the precision both dates hold: a year-only date gives years
 * ("the year after", "in the same year as"), never a count of months the data does not hold; a month or a day
 * gives months. The earlier comes first in the sentence; when the dates cannot be ordered, it says so.
 */
export function intervalSentence(a: { shortTitle: string; date: string }, b: { shortTitle: string; date: string }): string {
  const [sa, sb] = [dateSpan(a.date), dateSpan(b.date)];
  const coarse = sa.precision === "year" || sb.precision === "year";
  const [ya, yb] = [a.date.slice(0, 4), b.date.slice(0, 4)];
  if (coarse) {
    if (ya === yb) return `${a.shortTitle} and ${b.shortTitle} are from the same year, ${ya}.`;
    const [early, late] = ya < yb ? [a, b] : [b, a];
    const years = Number(late.date.slice(0, 4)) - Number(early.date.slice(0, 4));
    const gap = years < YEAR_WORDS.length ? YEAR_WORDS[years] : `${years} years`;
    return `${late.shortTitle} came in ${late.date.slice(0, 4)}, ${gap} after ${early.shortTitle} (${early.date.slice(0, 4)}).`;
  }
  const [early, late] = sa.start <= sb.start ? [a, b] : [b, a];
  const gap = intervalText(early.date, late.date);
  if (gap.startsWith("the same")) return `${a.shortTitle} and ${b.shortTitle} are from ${gap}.`;
  return `${late.shortTitle} came ${gap.replace(/ later$/, " after")} ${early.shortTitle}.`;
}
