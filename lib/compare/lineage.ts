// A provision's wordings and their lineage: each agreement's clauses for the provision as one text, and for
// each wording the closest earlier one in the catalogue (its likely model). Bounded for long catalogues: the
// closest-earlier search compares bags of words (a cheap Dice coefficient, O(n²) over word counts, done once
// per version and provision), never word diffs. Pure, like the rest of lib/compare; ./provision.ts builds the
// page from it.
import type { AgreementSummary, Clause, ClauseText } from "@/lib/domain/schema";
import { foldedWords } from "../text/words";
import { comparableText, type ComparableText } from "./align";
import { cutsOf } from "./word-diff";

export type ProvisionAgreement = Pick<
  AgreementSummary,
  "slug" | "title" | "shortTitle" | "date" | "datePrecision" | "year" | "form" | "parties"
>;
export type ProvisionEntry = { agreement: ProvisionAgreement; clauses: Clause[] };

/** A wording: the agreement's clauses for the provision as one text in one language (English if it has it). */
export type Wording = { entry: ProvisionEntry; text: ComparableText | null };

/** For every wording (same order), the closest earlier wording's index and its bag-of-words likeness. */
export type Lineage = { parent: number | null; likeness: number | null }[];

/** Word counts of a text, its words folded (lib/text/words.ts). */
function bag(text: string, language: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of foldedWords(cutsOf(text).body, language)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>, sizes: [number, number]): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [w, n] of small) shared += Math.min(n, large.get(w) ?? 0);
  const total = sizes[0] + sizes[1];
  return total === 0 ? 0 : (2 * shared) / total;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);

/** The language a wording is read in: English when a verbatim or truncated text has it, else the first. */
function wordingLanguage(clauses: Clause[]): string | null {
  const langs = clauses.flatMap((c) => c.texts.filter((t) => t.form !== "paraphrase").map((t) => t.language));
  return langs.includes("en") ? "en" : (langs[0] ?? null);
}

export function wordingsOf(entries: ProvisionEntry[]): Wording[] {
  return entries.map((entry) => {
    const language = wordingLanguage(entry.clauses);
    return { entry, text: language ? comparableText(entry.clauses, language) : null };
  });
}

/**
 * How much a wording is trusted as a model: a verbatim text of high or medium confidence fully; a cut copy a
 * little less (its missing words are unknown); a low-confidence or unconfirmed quotation (one blog's copy)
 * much less, so that it is the closest earlier wording only when no well-attested text comes near it.
 */
export function evidenceWeight(texts: Pick<ClauseText, "form" | "confidence">[]): number {
  const weak = texts.some((t) => t.confidence === "low" || t.confidence === "unconfirmed");
  const cut = texts.some((t) => t.form === "truncated");
  return (weak ? 0.8 : 1) * (cut ? 0.95 : 1);
}

/**
 * The closest earlier wording of each (in date order; same-day texts are not each other's model): the
 * earlier wording in the same language sharing most words (Dice coefficient over word counts), weighed by
 * the evidence for it (evidenceWeight): likeness is reported as measured, the choice prefers firm texts.
 */
export function lineageOf(wordings: Wording[]): Lineage {
  const bags = wordings.map((w) => (w.text ? bag(w.text.text, w.text.language) : null));
  const sizes = bags.map((b) => (b ? sum(b) : 0));
  return wordings.map((w, i) => {
    const own = bags[i];
    if (!w.text || !own) return { parent: null, likeness: null };
    let best: { parent: number | null; likeness: number | null } = { parent: null, likeness: null };
    let bestScore: number | null = null;
    for (let j = 0; j < i; j++) {
      const other = bags[j];
      const earlier = wordings[j];
      if (!other || !earlier?.text || earlier.text.language !== w.text.language) continue;
      if (!before(earlier.entry.agreement.date, w.entry.agreement.date)) continue;
      const likeness = dice(own, other, [sizes[i] ?? 0, sizes[j] ?? 0]);
      const score = likeness * evidenceWeight(earlier.text.texts);
      if (bestScore === null || score > bestScore) {
        best = { parent: j, likeness };
        bestScore = score;
      }
    }
    return best;
  });
}

/** Strictly earlier as far as both dates say: "2015" is not before "2015-09-25", nor a day before itself. */
function before(a: string, b: string): boolean {
  return a < b && !b.startsWith(a) && !a.startsWith(b);
}
