// One Intl.Segmenter per language, made once: word diffs (lib/compare/word-diff.ts) and the search index
// (lib/search/tokens.ts) split text into words the same way. An unknown language tag falls back to English.
const segmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(language: string): Intl.Segmenter {
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
