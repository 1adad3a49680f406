// Where a stored copy of a text was cut, by its marks: "…" (or "[…]") at the start (it begins mid-text), at the
// end (it stops) or between two runs, with spaces on both sides (words left out in the middle). The one parser
// of cut marks: the importer's quotation check, the source page's highlights and the word diff all read it.

const CUT = String.raw`(?:…+|\[…\])`;
export const LEADING_CUT = new RegExp(`^${CUT}\\s*`);
export const TRAILING_CUT = new RegExp(`\\s*${CUT}$`);
const INNER_CUT = new RegExp(`\\s+${CUT}\\s+`);

export type Cuts = { start: boolean; end: boolean; inner: number };

/** The runs of a text between its cut marks, and where it was cut (whitespace as written). */
export function splitCuts(text: string): { runs: string[]; cuts: Cuts } {
  const start = LEADING_CUT.test(text);
  const end = TRAILING_CUT.test(text);
  const runs = text
    .replace(LEADING_CUT, "")
    .replace(TRAILING_CUT, "")
    .split(INNER_CUT)
    .filter((r) => r.length > 0);
  return { runs, cuts: { start, end: end && runs.length > 0, inner: Math.max(0, runs.length - 1) } };
}
