// A reader's query turned into full-text queries: its own words (all of them), or — when it names a
// provision or scope category by one of the vocabulary's synonyms ("IP theft", "hacking", "economic
// espionage") — any synonym of that entry as a phrase. Pure: the same plan drives SQLite FTS5, PostgreSQL
// and the highlighting of excerpts. The index and the query are split into words the same way, by
// lib/text/words.ts (so Chinese, which has no spaces, is indexed and searched word by word), and the
// database's tokenizer (SQLite FTS5 unicode61 + porter, PostgreSQL to_tsvector) sees them separated by spaces.
import { foldedWords, segmentsOf, UNSPACED } from "../text/words";

export type VocabularyEntry = { kind: "provision" | "scope"; key: string; label: string; description: string; synonyms: string[] };
export type SearchPlan = {
  /** The query's words (all must occur), or a phrase for an unspaced script. */
  words: string[];
  phrase: boolean;
  /** Synonym phrases, each as its words; any of them matches. */
  expansions: string[][];
  /** The vocabulary entries the query named. */
  named: (VocabularyEntry & { matched: string })[];
};

/** What the index stores for a clause text: its words, folded, separated by single spaces. */
export function searchTextOf(text: string, language: string): string {
  return foldedWords(text, language).join(" ");
}

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 12;

/** Control characters are spaces; the query is cut to its first 200 characters. Null: nothing to search. */
export function normaliseQuery(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const q = raw
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  return q === "" ? null : q;
}

const contains = (hay: string[], needle: string[]) => needle.length > 0 && hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/** The words of the vocabulary's labels and synonyms, kept: the same few hundred phrases are read for every query. */
const phraseWords = new Map<string, readonly string[]>();
function wordsOfPhrase(phrase: string): string[] {
  let words = phraseWords.get(phrase);
  if (!words) {
    if (phraseWords.size >= 10_000) phraseWords.clear();
    words = Object.freeze(foldedWords(phrase));
    phraseWords.set(phrase, words);
  }
  return [...words];
}

export function planSearch(q: string, vocabulary: VocabularyEntry[]): SearchPlan {
  const words = foldedWords(q).slice(0, MAX_WORDS);
  const named: SearchPlan["named"] = [];
  for (const entry of vocabulary) {
    const matched = [entry.label, ...entry.synonyms].find((s) => contains(words, wordsOfPhrase(s)));
    if (matched) named.push({ ...entry, matched });
  }
  const seen = new Set<string>([words.join(" ")]);
  const expansions: string[][] = [];
  for (const entry of named) {
    for (const s of entry.synonyms) {
      const w = wordsOfPhrase(s);
      const key = w.join(" ");
      if (w.length && !seen.has(key)) {
        seen.add(key);
        expansions.push(w);
      }
    }
  }
  return { words, phrase: UNSPACED.test(q), expansions, named };
}

const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;

/** The FTS5 expression of the query's own words: all of them, or the phrase of an unspaced script. */
export function fts5Own(plan: SearchPlan): string | null {
  if (plan.words.length === 0) return null;
  return plan.phrase ? quote(plan.words.join(" ")) : plan.words.map(quote).join(" AND ");
}

/** The FTS5 MATCH expression: (all the words) OR "synonym phrase" OR … */
export function fts5Match(plan: SearchPlan): string | null {
  const own = fts5Own(plan);
  if (own === null) return null;
  return [`(${own})`, ...plan.expansions.map((p) => quote(p.join(" ")))].join(" OR ");
}

const clean = (w: string) => w.replace(/["\-]/g, " ").replace(/\bor\b/gi, " ");

/** The websearch_to_tsquery text of the query's own words for PostgreSQL (all of them, or the phrase). */
export function websearchOwn(plan: SearchPlan): string | null {
  if (plan.words.length === 0) return null;
  return plan.phrase ? `"${plan.words.map(clean).join(" ")}"` : plan.words.map(clean).join(" ");
}

/** The websearch_to_tsquery text for PostgreSQL: the words (AND), OR each synonym phrase in quotes. */
export function websearchQuery(plan: SearchPlan): string | null {
  const own = websearchOwn(plan);
  if (own === null) return null;
  return [own, ...plan.expansions.map((p) => `"${p.map(clean).join(" ")}"`)].join(" or ");
}

export type ExcerptPart = { text: string; hit: boolean };

/** Whether a word of the text answers a query word: the same word, or the same stem (theft/thefts, know/knowingly). */
function answers(word: string, term: string): boolean {
  if (UNSPACED.test(term)) return word === term;
  if (word === term) return true;
  const stem = term.length > 5 ? term.slice(0, term.length - 2) : term;
  return term.length >= 3 && word.startsWith(stem);
}

/**
 * An excerpt of a text around its first match, with the matching words marked: at most `size` characters,
 * cut at word boundaries, "…" where it was cut.
 */
export function excerptOf(text: string, language: string, plan: SearchPlan, size = 280): ExcerptPart[] {
  // A synonym's short function words ("of" in "theft of intellectual property") are not marked on their own.
  const terms = [...new Set([...plan.words, ...plan.expansions.flat().filter((w) => w.length > 3 || UNSPACED.test(w))])];
  const segments = segmentsOf(text, language);
  const isHit = segments.map((s) => s.isWordLike === true && terms.some((t) => answers(s.segment.toLowerCase(), t)));
  const first = isHit.indexOf(true);
  let start = 0;
  let end = segments.length;
  if (text.length > size) {
    const anchor = first === -1 ? 0 : (segments[first]?.index ?? 0);
    const from = Math.max(0, anchor - Math.floor(size / 3));
    start = Math.max(
      0,
      segments.findIndex((s) => s.index >= from && s.isWordLike === true),
    );
    const limit = (segments[start]?.index ?? 0) + size;
    end = segments.findIndex((s) => s.index + s.segment.length > limit);
    if (end === -1) end = segments.length;
  }
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: "… ", hit: false });
  for (let i = start; i < end; i++) {
    const seg = segments[i];
    if (!seg) continue;
    const hit = isHit[i] === true;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += seg.segment;
    else parts.push({ text: seg.segment, hit });
  }
  if (end < segments.length) {
    const last = parts.at(-1);
    if (last && !last.hit) last.text = last.text.trimEnd();
    parts.push({ text: " …", hit: false });
  }
  return parts;
}
