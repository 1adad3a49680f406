// Word-level diff of two clause texts with jsdiff, its words as lib/text/words.ts defines them (Intl.Segmenter),
// so Chinese and other unspaced scripts diff by word rather than by whole sentence. Always bounded: input
// length and work are capped, and a diff that hits a cap says so instead of hanging the request.
//
// The bounds are counts, never the clock: a page is cached under its dataset version, so the same two
// texts must give the same answer on a busy machine as on an idle one. (A wall-clock timeout once turned a
// garbage-collection pause into "the texts differ too much" on a cached page.) Myers' algorithm does at most
// about (edit length × tokens) steps, so the edit length allowed shrinks as the texts grow: short clauses
// get the full edit bound, long texts only as many edits as the work budget pays for.
import { diffArrays } from "diff";
import { splitCuts } from "../text/cuts";
import { countWords, diffTokens } from "../text/words";

/**
 * A run of a word diff. "omitted": words of one text that the other, a cut copy, leaves out where it marks an
 * omission (" … "): not a change, never counted, shown as the copy's gap.
 */
export type DiffPart = { kind: "equal" | "insert" | "delete" | "omitted"; text: string; side?: "base" | "other" };
export type WordDiff =
  | { ok: true; parts: DiffPart[]; similarity: number; identical: boolean }
  | { ok: false; reason: "too-long" | "too-different"; message: string };

export const DIFF_LIMITS = { maxChars: 20_000, maxEditLength: 1_500, workBudget: 4_000_000 } as const;
export type DiffLimits = { maxChars: number; maxEditLength: number; workBudget: number };

/** The edit length a diff of this many tokens (both texts) may reach: the edit bound, less for long texts. */
export function editBound(tokens: number, limits: DiffLimits = DIFF_LIMITS): number {
  return Math.max(1, Math.min(limits.maxEditLength, Math.floor(limits.workBudget / Math.max(1, tokens))));
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

// Stands for an omission inside a copy while the texts are diffed: a private-use character no text holds.
const GAP = "\uE000";

/**
 * Where a stored copy was cut (lib/text/cuts.ts): a leading "…" (it starts mid-text), a trailing one (it stops), and
 * the body between, with each inner omission (" … ") as one GAP character.
 */
export function cutsOf(text: string): { start: boolean; end: boolean; body: string } {
  const { runs, cuts } = splitCuts(normalise(text));
  return { start: cuts.start, end: cuts.end, body: runs.map((r) => r.trim()).join(` ${GAP} `) };
}

/**
 * Words of the full text facing a copy's inner omission are "omitted", not deleted or inserted: in each run of
 * changes where one side holds a GAP, the other side's words are the ones the copy leaves out (side: whose words
 * they are). Where both copies leave words out at the same place (their GAPs align), the changes on either side
 * of it are in territory neither copy shows: omitted too.
 */
function markOmissions(parts: DiffPart[]): DiffPart[] {
  const blocks: DiffPart[][] = [];
  for (const p of parts) {
    const last = blocks.at(-1);
    if (last && (last[0]?.kind === "equal") === (p.kind === "equal")) last.push(p);
    else blocks.push([p]);
  }
  const sharedGap = (block: DiffPart[] | undefined) => block?.[0]?.kind === "equal" && block.some((p) => p.text.includes(GAP));
  const out: DiffPart[] = [];
  blocks.forEach((block, i) => {
    const strip = (p: DiffPart) => ({ ...p, text: p.text.replaceAll(GAP, "").replace(/\s{2,}/g, " ") });
    if (block[0]?.kind === "equal") {
      out.push(...block.map(strip));
      return;
    }
    const gapSide = block.find((p) => p.text.includes(GAP))?.kind;
    const beside = sharedGap(blocks[i - 1]) || sharedGap(blocks[i + 1]);
    for (const p of block) {
      const side = p.kind === "delete" ? "base" : "other";
      if ((gapSide && p.kind !== gapSide) || beside) out.push({ kind: "omitted", text: strip(p).text, side });
      else if (p.text.replaceAll(GAP, "").trim()) out.push(strip(p));
    }
  });
  return out.filter((p) => p.text.length > 0);
}

/**
 * Tokens carry the spaces after them; a change is shown without its own: a run of changes gives its space (the
 * new text's, else the old's) to the unchanged words after it ("[would]→[will] conduct", not "[would ]→[will ]conduct").
 */
function spacesOutOfChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let space = "";
  for (const p of parts) {
    if (p.kind === "equal") {
      out.push(space ? { ...p, text: space + p.text } : p);
      space = "";
      continue;
    }
    const text = p.text.trimEnd();
    const own = p.text.slice(text.length);
    if (own && (p.kind === "insert" || !space)) space = own;
    if (text) out.push({ ...p, text });
  }
  return out;
}

/**
 * Word diff of two clause texts. A truncated copy is compared only as far as it goes: words of the other
 * text beyond where a copy was cut (before a leading "…", after a trailing one) are not shown as deleted
 * or inserted, and do not count against the similarity — the copy does not say they are absent; words it
 * leaves out in the middle (" … ") are "omitted", and do not count either.
 */
export function diffClauseWords(base: string, other: string, language = "en", limits: DiffLimits = DIFF_LIMITS): WordDiff {
  const baseCut = cutsOf(base);
  const otherCut = cutsOf(other);
  const a = baseCut.body;
  const b = otherCut.body;
  if (a.length > limits.maxChars || b.length > limits.maxChars) {
    return { ok: false, reason: "too-long", message: `Texts over ${limits.maxChars.toLocaleString("en")} characters are not diffed.` };
  }
  if (a === b) return { ok: true, parts: [{ kind: "equal", text: b.replaceAll(GAP, "…") }], similarity: 1, identical: true };

  const [ta, tb] = [diffTokens(a, language), diffTokens(b, language)];
  const changes = diffArrays(ta, tb, {
    comparator: (x: string, y: string) => x.trimEnd() === y.trimEnd(),
    maxEditLength: editBound(ta.length + tb.length, limits),
  });
  if (!changes) {
    return { ok: false, reason: "too-different", message: "The texts differ too much for a word-level diff to be useful." };
  }
  let parts = markOmissions(
    spacesOutOfChanges(changes.map((c) => ({ kind: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value.join("") }))),
  );
  // Beyond a cut, the missing side's words are unknown, not changed: drop them at that end.
  const beyond = (kind: DiffPart["kind"]) => (p: DiffPart | undefined) => p?.kind === kind;
  // At the end, a copy cut mid-word ("affirme") also leaves its partial last word: dropped when the
  // other side goes on with a word it begins.
  const trimEnd = (kind: DiffPart["kind"]) => {
    let dropped = "";
    while (parts.length > 1 && beyond(kind)(parts.at(-1))) {
      dropped = `${parts.at(-1)?.text ?? ""}${dropped}`;
      parts = parts.slice(0, -1);
    }
    const last = parts.at(-1);
    const partial = last && last.kind !== "equal" && last.kind !== kind ? last.text.trim() : "";
    if (partial && !/\s/.test(partial) && dropped.trim().startsWith(partial) && parts.length > 1) parts = parts.slice(0, -1);
  };
  const trimStart = (kind: DiffPart["kind"]) => {
    while (parts.length > 1 && beyond(kind)(parts[0])) parts = parts.slice(1);
  };
  if (otherCut.end) trimEnd("delete");
  if (otherCut.start) trimStart("delete");
  if (baseCut.end) trimEnd("insert");
  if (baseCut.start) trimStart("insert");
  const words = (kinds: DiffPart["kind"][]) =>
    parts.filter((p) => kinds.includes(p.kind)).reduce((n, p) => n + countWords(p.text, language), 0);
  const equalWords = words(["equal"]);
  const total = 2 * equalWords + words(["delete"]) + words(["insert"]);
  const similarity = total === 0 ? 1 : (2 * equalWords) / total;
  const identical = parts.every((p) => p.kind === "equal" || p.kind === "omitted");
  return { ok: true, parts, similarity, identical };
}
