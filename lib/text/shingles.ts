// Text likeness that does not depend on numbering or order: a text's character 5-grams ("shingles", after its
// letters and digits are folded to lower case and everything else to single spaces) and their Jaccard
// similarity — what the article map of a comparison and the catalogue's reuse index (./reuse-index.ts) use to
// find the passages one text shares with another. Linear in the text: one pass to fold it, one over its characters.

export const SHINGLE = 5;

/** Letters and digits in lower case, every other run (spaces, punctuation, markup) one space. */
export const foldForShingles = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The set of a text's shingles, as 32-bit hashes (FNV-1a). */
export function shingles(text: string): Set<number> {
  const folded = foldForShingles(text);
  const out = new Set<number>();
  const chars = [...folded];
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(fnv(chars, i));
  if (chars.length > 0 && chars.length < SHINGLE) out.add(fnv(chars, 0, chars.length));
  return out;
}

function fnv(chars: string[], start: number, length = SHINGLE): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) {
    h ^= chars[i]!.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
