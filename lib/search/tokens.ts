// Words for the full-text index and for queries, split the same way on both sides: Intl.Segmenter by the
// text's language, so that Chinese (which has no spaces) is indexed and searched word by word, and the
// database's tokenizer (SQLite FTS5 unicode61 + porter, PostgreSQL to_tsvector) sees words separated by
// spaces whatever the script.
import { wordSegmenter } from "../segmenter";

/** A character of a script written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** The words of a text, lower-cased, in order (hyphenated words split at the hyphen, as the index does). */
export function wordsOf(text: string, language = "en"): string[] {
  const words: string[] = [];
  // A query in an unspaced script is segmented as Chinese even when the page is in English.
  const lang = UNSPACED.test(text) && !/^(zh|ja|ko|th)\b/.test(language) ? "zh" : language;
  for (const seg of wordSegmenter(lang).segment(text.normalize("NFC"))) {
    if (!seg.isWordLike) continue;
    for (const part of seg.segment.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (part) words.push(part);
  }
  return words;
}

/** What the index stores for a clause text: its words separated by single spaces. */
export function searchTextOf(text: string, language: string): string {
  return wordsOf(text, language).join(" ");
}
