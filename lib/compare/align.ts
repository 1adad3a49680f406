// Aligns 2–4 agreements by provision: one row per provision that any of them expresses, in vocabulary
// order, one cell per agreement (its clauses, or none), and for every non-base cell a word diff against
// the base cell with a similarity figure. The first agreement is the base.
import type { AgreementDetail, Clause, ClauseText } from "@/lib/domain/schema";
import { CLAUSE_BREAK } from "../text/words";
import { caveatsOf, type Caveat } from "./provenance";
import { diffClauseWords, type WordDiff } from "./word-diff";

/** featuredAs: set on the vocabulary's featured provision, which a comparison's headline is about (its name there). */
export type ProvisionInfo = { key: string; label: string; description: string; featuredAs: string | null };

export type ComparableText = { text: string; language: string; truncated: boolean; texts: ClauseText[] };
export type CellStatus = "base" | "identical" | "reworded" | "not-comparable" | "absent" | "added";
export type Cell = {
  slug: string;
  clauses: Clause[];
  status: CellStatus;
  /** Diff of this cell against the base cell, in the language both have; null for the base and for gaps. */
  diff: WordDiff | null;
  comparedIn: string | null;
  why: string | null;
  /** The texts the diff was made on, each side's, so that their provenance goes wherever the diff goes. */
  compared: { base: ClauseText[]; own: ClauseText[] } | null;
  /** What the reader must know about those texts (a translation, an unconfirmed wording…); empty if nothing. */
  caveats: Caveat[];
};
export type RowStatus =
  | { kind: "identical" }
  | { kind: "reworded"; similarity: number | null }
  /** In all, but some wording could not be compared with the base (no verbatim text in a common language). */
  | { kind: "not-comparable" }
  | { kind: "only-in"; slug: string }
  | { kind: "partial"; slugs: string[] };
export type Row = { provision: ProvisionInfo; cells: Cell[]; status: RowStatus };

type AlignInput = Pick<AgreementDetail, "slug" | "clauses">;

export function alignByProvision(agreements: AlignInput[], provisions: ProvisionInfo[]): Row[] {
  const [base] = agreements;
  if (!base) return [];
  const rows: Row[] = [];
  for (const provision of provisions) {
    const groups = agreements.map((a) => ({ slug: a.slug, clauses: a.clauses.filter((c) => c.provision?.key === provision.key) }));
    if (groups.every((g) => g.clauses.length === 0)) continue;
    const [baseGroup, ...others] = groups;
    if (!baseGroup) continue;
    const cells: Cell[] = [
      {
        ...baseGroup,
        status: baseGroup.clauses.length ? "base" : "absent",
        diff: null,
        comparedIn: null,
        why: null,
        compared: null,
        caveats: [],
      },
      ...others.map((g) => compareCell(baseGroup.clauses, g)),
    ];
    rows.push({ provision, cells, status: rowStatus(cells) });
  }
  return rows;
}

export function compareCell(baseClauses: Clause[], group: { slug: string; clauses: Clause[] }): Cell {
  if (group.clauses.length === 0)
    return { ...group, status: "absent", diff: null, comparedIn: null, why: null, compared: null, caveats: [] };
  if (baseClauses.length === 0) return { ...group, status: "added", diff: null, comparedIn: null, why: null, compared: null, caveats: [] };
  const language = commonLanguage(baseClauses, group.clauses);
  // A shared language is one both sides have a non-paraphrase text in, so neither side comes back null.
  const a = language ? comparableText(baseClauses, language) : null;
  const b = language ? comparableText(group.clauses, language) : null;
  if (!language || !a || !b) {
    const onlyParaphrased = (clauses: Clause[]) => clauses.every((c) => c.texts.every((t) => t.form === "paraphrase"));
    const why =
      onlyParaphrased(baseClauses) || onlyParaphrased(group.clauses)
        ? "One side is known only as a paraphrase."
        : "No verbatim text in a common language.";
    return { ...group, status: "not-comparable", diff: null, comparedIn: null, why, compared: null, caveats: [] };
  }
  const diff = diffClauseWords(a.text, b.text, language);
  const status: CellStatus = diff.ok && diff.identical ? "identical" : "reworded";
  return {
    ...group,
    status,
    diff,
    comparedIn: language,
    why: a.truncated || b.truncated ? "Compared as far as the truncated copy goes." : null,
    compared: { base: a.texts, own: b.texts },
    caveats: caveatsOf([...a.texts, ...b.texts]),
  };
}

/** English when both sides have it, else the first language of the base that the other side has too. */
export function commonLanguage(a: Clause[], b: Clause[]): string | null {
  const langs = (clauses: Clause[]) => clauses.flatMap((c) => c.texts.filter((t) => t.form !== "paraphrase").map((t) => t.language));
  const other = new Set(langs(b));
  const shared = langs(a).filter((l) => other.has(l));
  return shared.includes("en") ? "en" : (shared[0] ?? null);
}

/**
 * The cell's clauses in one language, joined in document order by a clause break; null if a clause lacks that
 * language. Where some clauses lack it, the ones that have it are joined by a cut mark (" … "): words are left out.
 */
export function comparableText(clauses: Clause[], language: string): ComparableText | null {
  const texts = clauses.map((c) => c.texts.find((t) => t.language === language && t.form !== "paraphrase"));
  if (texts.some((t) => t === undefined)) {
    const present = texts.filter((t) => t !== undefined);
    if (present.length === 0) return null;
    return { text: present.map((t) => t.text).join(" … "), language, truncated: true, texts: present };
  }
  const defined = texts.filter((t) => t !== undefined);
  return {
    text: defined.map((t) => t.text).join(CLAUSE_BREAK),
    language,
    truncated: defined.some((t) => t.form === "truncated"),
    texts: defined,
  };
}

function rowStatus(cells: Cell[]): RowStatus {
  const present = cells.filter((c) => c.clauses.length > 0);
  if (present.length === 1 && present[0]) return { kind: "only-in", slug: present[0].slug };
  if (present.length < cells.length) return { kind: "partial", slugs: present.map((c) => c.slug) };
  const others = cells.slice(1);
  if (others.every((c) => c.status === "identical")) return { kind: "identical" };
  if (others.every((c) => c.status === "identical" || c.status === "not-comparable")) return { kind: "not-comparable" };
  const similarities = others.map((c) => (c.diff?.ok ? c.diff.similarity : null));
  const known = similarities.filter((s) => s !== null);
  return { kind: "reworded", similarity: known.length === others.length ? Math.min(...known) : null };
}
