// The article map of two structured documents (treaties): which units of one are the counterparts of which of
// the other, whatever their numbers. Alignments a curator confirmed (either document's file) come first; the
// rest are suggested by the machine from shared wording (character 5-gram Jaccard similarity, lib/text/shingles)
// within one language — across languages only through a translation the catalogue holds, and said so. Every
// aligned pair is then diffed word by word like a comparison's cells. Pure.
import type { AgreementDetail, Clause } from "@/lib/domain/schema";
import type { AlignmentKind } from "@/lib/domain/units";
import { jaccard, shingles } from "../text/shingles";
import { commonLanguage, compareCell, type Cell } from "./align";

/** Below this share of shared 5-grams two units are not suggested as counterparts. */
export const SUGGESTION_THRESHOLD = 0.3;

export type UnitPair = {
  base: Clause[];
  other: Clause[];
  /** What a curator confirmed, or "suggested" by the machine. */
  kind: AlignmentKind | "suggested";
  confirmedBy: string | null;
  note: string | null;
  /** Shared 5-grams, 0–1, in the language compared; null when no language is shared. */
  likeness: number | null;
  /** The pair's word diff, as a comparison cell has it. */
  cell: Cell;
};
export type UnitMap = { pairs: UnitPair[]; onlyInBase: Clause[]; onlyInOther: Clause[] };

type Doc = Pick<AgreementDetail, "slug" | "clauses" | "alignments">;

/** Whether an agreement's clauses are a structured text's units (a treaty), with an article map and contents. */
export const isStructured = (clauses: Clause[]) => clauses.some((c) => c.number !== null);

/** Units: the clauses with a number or an anchor of their own (articles, the preamble, the final clause). */
const unitsOf = (doc: Doc) => doc.clauses.filter((c) => c.number !== null || c.anchor !== null);

/** The map of `other`'s units against `base`'s, in base order (the other's unmatched units after). */
export function mapUnits(base: Doc, other: Doc): UnitMap {
  const a = unitsOf(base);
  const b = unitsOf(other);
  const byNumber = (units: Clause[]) => new Map(units.flatMap((u) => (u.number ? [[u.number, u] as const] : [])));
  const [aNum, bNum] = [byNumber(a), byNumber(b)];
  const used = { a: new Set<Clause>(), b: new Set<Clause>() };
  const pairs: Omit<UnitPair, "cell" | "likeness">[] = [];
  for (const c of confirmed(base, other)) {
    const these = c.these.map((n) => aNum.get(n)).filter((u) => u !== undefined);
    const those = c.those.map((n) => bNum.get(n)).filter((u) => u !== undefined);
    if (!these.length || !those.length) continue;
    these.forEach((u) => used.a.add(u));
    those.forEach((u) => used.b.add(u));
    pairs.push({ base: these, other: those, kind: c.kind, confirmedBy: c.confirmedBy, note: c.note });
  }
  for (const [x, y] of suggest(
    a.filter((u) => !used.a.has(u)),
    b.filter((u) => !used.b.has(u)),
  )) {
    used.a.add(x);
    used.b.add(y);
    pairs.push({ base: [x], other: [y], kind: "suggested", confirmedBy: null, note: null });
  }
  const order = new Map(a.map((u, i) => [u, i]));
  pairs.sort((p, q) => (order.get(p.base[0]!) ?? 0) - (order.get(q.base[0]!) ?? 0));
  return {
    pairs: pairs.map((p) => {
      const cell = compareCell(p.base, { slug: other.slug, clauses: p.other });
      return { ...p, likeness: likenessOf(p.base, p.other), cell };
    }),
    onlyInBase: a.filter((u) => !used.a.has(u)),
    onlyInOther: b.filter((u) => !used.b.has(u)),
  };
}

/** The confirmed alignments between two documents, from either file, as base → other. */
function confirmed(base: Doc, other: Doc) {
  return [
    ...base.alignments.filter((x) => x.with === other.slug),
    ...other.alignments.filter((x) => x.with === base.slug).map((x) => ({ ...x, these: x.those, those: x.these })),
  ];
}

/** Greedy best pairs by likeness, each unit in one pair at most, at or above the threshold. */
function suggest(a: Clause[], b: Clause[]): [Clause, Clause][] {
  const candidates: { x: Clause; y: Clause; score: number }[] = [];
  for (const x of a)
    for (const y of b) {
      const score = likenessOf([x], [y]);
      if (score !== null && score >= SUGGESTION_THRESHOLD) candidates.push({ x, y, score });
    }
  candidates.sort((p, q) => q.score - p.score);
  const taken = new Set<Clause>();
  return candidates.flatMap(({ x, y }) => {
    if (taken.has(x) || taken.has(y)) return [];
    taken.add(x).add(y);
    return [[x, y] as [Clause, Clause]];
  });
}

const shingleCache = new WeakMap<object, Set<number>>();
/** Shared 5-grams of two groups of units in their common language; null if they share none. */
export function likenessOf(a: Clause[], b: Clause[]): number | null {
  const language = commonLanguage(a, b);
  if (!language) return null;
  const one = (u: Clause) => {
    const t = u.texts.find((x) => x.language === language && x.form !== "paraphrase");
    if (!t) return null;
    let s = shingleCache.get(t);
    if (!s) shingleCache.set(t, (s = shingles(t.text)));
    return s;
  };
  const set = (units: Clause[]) => {
    // One unit's own (cached) set, not a copy: the article map asks this of every pair of two treaties' units.
    if (units.length === 1) return one(units[0]!) ?? new Set<number>();
    const out = new Set<number>();
    for (const u of units) for (const h of one(u) ?? []) out.add(h);
    return out;
  };
  return jaccard(set(a), set(b));
}
