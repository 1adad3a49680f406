// Text reuse across a whole catalogue: for every passage (a clause's text), the closest passages of other
// documents in the same language, by shared character 5-grams (lib/text/shingles): its "share" is how much of
// the passage's wording the other holds (|A ∩ B| / |A|: Malabo Art. 29(2)(b) is almost all in Budapest Art. 7,
// which has its own opening words besides). Candidates come from
// MinHash locality-sensitive hashing (64 hashes in 32 bands of 2: pairs sharing a fifth of their 5-grams
// almost always meet in a band), at most MAX_CANDIDATES a passage, so the work grows linearly with the
// catalogue; each candidate's likeness is then counted exactly. Pure and deterministic.
import { shingles } from "./shingles";

export type Passage = { id: number; document: string; language: string; text: string };
export type Reuse = { from: number; to: number; share: number; rank: number };

/** The least share of a passage's 5-grams found in another for it to be reported as reuse. */
export const REUSE_THRESHOLD = 0.4;
/** Passages shorter than this many 5-grams (about a line) are too short to tell reuse from a common phrase. */
const MIN_SHINGLES = 40;
/** How many of the closest passages are kept for each passage. */
export const REUSE_KEPT = 3;
const MAX_CANDIDATES = 200;
const SIGNATURE_SIZE = 64;
const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

// The hash family: h_i(x) = mix(x XOR seed_i), from fixed seeds so every instance computes the same index.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));
function mix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A k-hash MinHash signature: for each hash of the family, the least over the set. */
function minHashes(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(x ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** |A ∩ B| / |A| of two ascending arrays: how much of A is in B. */
function shareOf(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return a.length === 0 ? 0 : both / a.length;
}

/** For every passage, the REUSE_KEPT closest passages of other documents in its language, closest first. */
export function findReuse(passages: Passage[]): Reuse[] {
  const sets = passages.map((p) => Uint32Array.from(shingles(p.text)).sort());
  const buckets = new Map<string, number[]>();
  passages.forEach((p, n) => {
    if (sets[n]!.length < MIN_SHINGLES) return;
    const sig = minHashes(sets[n]!);
    for (let band = 0; band < BANDS; band++) {
      const key = `${p.language}:${band}:${sig.subarray(band * ROWS, band * ROWS + ROWS).join(",")}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(n);
      else buckets.set(key, [n]);
    }
  });
  const candidates = passages.map(() => new Set<number>());
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    for (const n of bucket) {
      const own = candidates[n]!;
      for (const m of bucket) {
        if (own.size >= MAX_CANDIDATES) break;
        if (passages[m]!.document !== passages[n]!.document) own.add(m);
      }
    }
  }
  return passages.flatMap((p, n) =>
    [...candidates[n]!]
      .map((m) => ({ m, share: shareOf(sets[n]!, sets[m]!) }))
      .filter((c) => c.share >= REUSE_THRESHOLD)
      .sort((x, y) => y.share - x.share || passages[x.m]!.id - passages[y.m]!.id)
      .slice(0, REUSE_KEPT)
      .map((c, rank) => ({ from: p.id, to: passages[c.m]!.id, share: c.share, rank })),
  );
}
