// Word-level diff of two clause texts with jsdiff, segmenting words with Intl.Segmenter so Chinese and
// other unspaced scripts diff by word rather than by whole sentence. Always bounded: input length, edit
// distance and time are capped, and a diff that hits a cap says so instead of hanging the request.
import { diffWords } from "diff";

export type DiffPart = { kind: "equal" | "insert" | "delete"; text: string };
export type WordDiff =
  | { ok: true; parts: DiffPart[]; similarity: number; identical: boolean }
  | { ok: false; reason: "too-long" | "too-different"; message: string };

export const DIFF_LIMITS = { maxChars: 20_000, maxEditLength: 1_500, timeoutMs: 100 } as const;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    try {
      s = new Intl.Segmenter(language, { granularity: "word" });
    } catch {
      s = new Intl.Segmenter("en", { granularity: "word" });
    }
    segmenters.set(language, s);
  }
  return s;
}

export function countWords(text: string, language = "en"): number {
  let n = 0;
  for (const seg of segmenter(language).segment(text)) if (seg.isWordLike) n++;
  return n;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

export function diffClauseWords(base: string, other: string, language = "en", limits = DIFF_LIMITS): WordDiff {
  const a = normalise(base);
  const b = normalise(other);
  if (a.length > limits.maxChars || b.length > limits.maxChars) {
    return { ok: false, reason: "too-long", message: `Texts over ${limits.maxChars.toLocaleString("en")} characters are not diffed.` };
  }
  if (a === b) return { ok: true, parts: [{ kind: "equal", text: b }], similarity: 1, identical: true };

  const changes = diffWords(a, b, {
    intlSegmenter: segmenter(language),
    maxEditLength: limits.maxEditLength,
    timeout: limits.timeoutMs,
  });
  if (!changes) {
    return { ok: false, reason: "too-different", message: "The texts differ too much for a word-level diff to be useful." };
  }
  const parts: DiffPart[] = changes.map((c) => ({ kind: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value }));
  const equalWords = parts.filter((p) => p.kind === "equal").reduce((n, p) => n + countWords(p.text, language), 0);
  const total = countWords(a, language) + countWords(b, language);
  const similarity = total === 0 ? 1 : (2 * equalWords) / total;
  return { ok: true, parts, similarity, identical: false };
}
