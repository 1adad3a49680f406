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

/** Whole calendar months from a to b (b later), counting months only: 2015-09-25 → 2017-06-22 is 21. */
export function monthsBetween(a: string, b: string): number {
  const [ya = 0, ma = 1] = a.split("-").map(Number);
  const [yb = 0, mb = 1] = b.split("-").map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

export function describeInterval(months: number): string {
  if (months === 0) return "the same month as";
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (months < 24) return `${months} month${months === 1 ? "" : "s"} after`;
  return `${years} years${rest ? ` and ${rest} month${rest === 1 ? "" : "s"}` : ""} after`;
}
