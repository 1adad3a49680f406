// What a word is, for everything that reads text word by word: the word diff and its similarity
// (lib/compare/word-diff.ts), the closest-earlier likeness and the weight of a change (lib/compare/provision.ts,
// summary.ts), the full-text index, its queries and excerpts (lib/search/), and the width of a line of text in
// the embed's height estimate (lib/embed/height.ts). Pure: no dependency but the runtime's Intl.
//
// A word is what Intl.Segmenter (word granularity) calls word-like, in the text's language: letters, digits and
// the punctuation inside them ("country's", "l’État", "2015", "3.5"). Hyphens separate words ("cyber-enabled" is
// two). Chinese, Japanese and Thai, written without spaces, are split by the segmenter's dictionary ("知识产权"
// is "知识", "产权"). Spaces, punctuation and the marks the diff reads — the clause break "¶" between two clauses
// of one agreement, the cut mark "…" (lib/text/cuts.ts) — are never words.

/** A character of a script written without spaces between words (Korean, which spaces its words, is not one). */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const UNSPACED_LANGUAGE = /^(zh|ja|th)\b/;

/**
 * Between two clauses of one agreement: a clause break ("¶"), not a cut mark. A cut (" … ") would tell the diff
 * that words are left out there; where a clause lacks the language, words are, and " … " is what joins.
 */
export const CLAUSE_BREAK = " ¶ ";

// One Intl.Segmenter per language, made once. An unknown language tag falls back to English.
const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(language: string): Intl.Segmenter {
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

/**
 * The segmenter for a text in a language: a text holding an unspaced script is segmented as Chinese unless its
 * language is itself written without spaces (Chinese, Japanese, Thai).
 */
export function segmenterFor(text: string, language = "en"): Intl.Segmenter {
  return wordSegmenter(UNSPACED.test(text) && !UNSPACED_LANGUAGE.test(language) ? "zh" : language);
}

// The segmenter's dictionary work grows faster than the text (about 10× the cost a word at 10,000 Chinese words),
// so a long text is segmented a sentence at a time: cut after a sentence's end (。！？； or a line break, or .!?;
// before a space: "3.5" and "U.S.A" stay whole), and
// a run of more than CHUNK characters with no such end at its last space or at CHUNK. Linear in the text.
const CHUNK = 400;
const SENTENCE_END = /[。！？；\n]|[.!?;](?=\s)/g;

/** Where a text is cut for segmenting: the start of each piece. */
function pieceStarts(text: string): number[] {
  const starts = [0];
  let last = 0;
  const cut = (at: number) => {
    while (at - last > CHUNK) {
      const space = text.lastIndexOf(" ", last + CHUNK);
      last = space > last ? space + 1 : last + CHUNK;
      starts.push(last);
    }
    if (at > last && at < text.length) starts.push((last = at));
  };
  for (const m of text.matchAll(SENTENCE_END)) cut(m.index + 1);
  cut(text.length);
  return starts;
}

/** The segments of a text (words, spaces, marks), each with its index in the whole text, a sentence at a time. */
export function segmentsOf(text: string, language = "en"): Intl.SegmentData[] {
  const segmenter = segmenterFor(text, language);
  const starts = pieceStarts(text);
  return starts.flatMap((start, i) =>
    [...segmenter.segment(text.slice(start, starts[i + 1] ?? text.length))].map((s) => ({ ...s, index: s.index + start, input: text })),
  );
}

/** The words of a text, as written, in order. */
export function words(text: string, language = "en"): string[] {
  return segmentsOf(text, language)
    .filter((seg) => seg.isWordLike)
    .map((seg) => seg.segment);
}

export const countWords = (text: string, language = "en"): number => words(text, language).length;

/**
 * The words of a text in the form they are matched in (the search index and its queries, bags of words): NFC,
 * lower-cased, and split at the punctuation inside a word ("country's" is "country", "s"; "3.5" is "3", "5").
 */
export function foldedWords(text: string, language = "en"): string[] {
  return words(text.normalize("NFC"), language).flatMap((w) =>
    w
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

// A diff token: a word (letters, marks and digits, with the apostrophes, hyphens and points inside it), or one
// other character; either with the spaces after it. One pass of one regular expression: linear in the text.
const DIFF_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*\s*|[^\s\p{L}\p{M}\p{N}]\s*|\s+/gu;

/**
 * The tokens a word diff compares, in order, which joined give the text back: words and marks, each with the
 * spaces after it. A text in a script written without spaces is cut by the segmenter's dictionary instead.
 */
export function diffTokens(text: string, language = "en"): string[] {
  if (!UNSPACED.test(text)) return text.match(DIFF_TOKEN) ?? [];
  const out: string[] = [];
  for (const seg of segmentsOf(text, language)) {
    if (/^\s+$/.test(seg.segment) && out.length) out[out.length - 1] += seg.segment;
    else out.push(seg.segment);
  }
  return out;
}

/** A character set in a full-width cell: CJK scripts, their punctuation and the full-width forms. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** How wide a text is set, in Latin characters: a wide (East Asian) character counts two. */
export function widthOf(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}
