// Where a quoted text stands in a passage of its source, by the rules the importer checks and the source page
// highlights with: a verbatim text is one run of the passage; a cut copy ("truncated") is split at its cut
// marks — "…" (or "[…]") at the start, at the end, or between two runs — and its runs stand in the passage in
// order. A cut at the end is where the stored passage stops, so the last run must end the passage (the
// passage's own closing "…" aside); a cut at the start likewise. Pure: no I/O.
import type { TextForm } from "@/lib/domain/schema";
import { LEADING_CUT as LEADING, TRAILING_CUT as TRAILING, splitCuts, type Cuts } from "@/lib/text/cuts";

export type { Cuts };

/** The runs of a quoted text between its cut marks, and where it was cut (only a cut copy has cuts). */
export function runsOf(text: string, form: TextForm): { runs: string[]; cuts: Cuts } {
  if (form !== "truncated") return { runs: [text], cuts: { start: false, end: false, inner: 0 } };
  return splitCuts(text);
}

/** A passage without the marks of where its stored copy starts or stops. */
function core(passage: string): { from: number; to: number } {
  const lead = LEADING.exec(passage)?.[0].length ?? 0;
  const trail = TRAILING.exec(passage)?.[0].length ?? 0;
  return { from: lead, to: Math.max(lead, passage.length - trail) };
}

export type Range = { start: number; end: number };
export type Match = { ok: true; ranges: Range[] } | { ok: false; reason: string };

/** Where `text` stands in `passage`, or why it does not. */
export function matchQuotation(passage: string, text: string, form: TextForm): Match {
  const { runs, cuts } = runsOf(text, form);
  if (form === "truncated" && !cuts.start && !cuts.end && cuts.inner === 0) {
    return {
      ok: false,
      reason: "a cut copy marks its cut with … at the start, at the end or between two passages; a text seen whole is verbatim",
    };
  }
  const ranges: Range[] = [];
  let at = 0;
  for (const run of runs) {
    const i = passage.indexOf(run, at);
    if (i < 0) return { ok: false, reason: "not found" };
    ranges.push({ start: i, end: i + run.length });
    at = i + run.length;
  }
  const bounds = core(passage);
  const last = ranges[ranges.length - 1];
  const first = ranges[0];
  if (cuts.end && last && last.end !== bounds.to) {
    const after = passage.slice(last.end, Math.min(bounds.to, last.end + 40));
    return {
      ok: false,
      reason: `the text is cut at the end, but the stored passage goes on ("${after}…"): end the text where the passage stops, or mark the omission with " … " between two passages`,
    };
  }
  if (cuts.start && first && first.start !== bounds.from) {
    return {
      ok: false,
      reason:
        "the text is cut at the start, but the stored passage begins earlier: start the text where the passage starts, or mark the omission",
    };
  }
  return { ok: true, ranges };
}

/** The longest opening of `run` found in `passage` (binary search: an opening found means every shorter one is). */
function longestOpening(passage: string, run: string): { length: number; at: number } {
  let lo = 0;
  let hi = run.length;
  let at = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const i = passage.indexOf(run.slice(0, mid));
    if (i >= 0) {
      lo = mid;
      at = i;
    } else hi = mid - 1;
  }
  return { length: lo, at: lo === 0 ? -1 : at };
}

export type Nearest<P> = { passage: P; matched: number; excerpt: string; textGoesOn: string; passageHas: string };

/**
 * Of the passages given, the one that holds most of the text's first unfound run, with where they part: the
 * words the text goes on with and the words the passage has there. For the curator's error message.
 */
export function nearestPassage<P extends { text: string }>(text: string, form: TextForm, passages: readonly P[]): Nearest<P> | null {
  const { runs } = runsOf(text, form);
  let best: Nearest<P> | null = null;
  for (const passage of passages) {
    for (const run of runs) {
      if (passage.text.includes(run)) continue;
      const { length, at } = longestOpening(passage.text, run);
      if (best && length <= best.matched) break;
      const split = at < 0 ? 0 : at + length;
      best = {
        passage,
        matched: length,
        excerpt: `${at > 30 ? "…" : ""}${passage.text.slice(Math.max(0, (at < 0 ? 0 : at) - 30), split)}`,
        textGoesOn: run.slice(length, length + 30),
        passageHas: at < 0 ? passage.text.slice(0, 30) : passage.text.slice(split, split + 30),
      };
      break;
    }
  }
  return best;
}

/** A passage cut into runs, those quoted by any of the texts given marked: what the source page highlights. */
export function markQuotations(passage: string, quotes: readonly { text: string; form: TextForm }[]): { text: string; quoted: boolean }[] {
  const ranges = quotes
    .filter((q) => q.form !== "paraphrase")
    .flatMap((q) => {
      const match = matchQuotation(passage, q.text, q.form);
      return match.ok ? match.ranges : [];
    })
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const parts: { text: string; quoted: boolean }[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) parts.push({ text: passage.slice(at, r.start), quoted: false });
    parts.push({ text: passage.slice(r.start, r.end), quoted: true });
    at = r.end;
  }
  if (at < passage.length || parts.length === 0) parts.push({ text: passage.slice(at), quoted: false });
  return parts;
}
