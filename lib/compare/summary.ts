// The plain-words summary at the top of a comparison: what the agreements share, what only one has,
// how the shared wording differs, where their scope differs, and how far apart they are in time.
import type { AgreementSummary } from "@/lib/domain/schema";
import { foldedWords } from "../text/words";
import type { Row } from "./align";
import { caveatSuffix, type Caveat } from "./provenance";
import { intervalSentence } from "./dates";
import type { ScopeMatrix } from "./scope-matrix";

type Named = Pick<AgreementSummary, "slug" | "shortTitle" | "date" | "datePrecision">;

export type ComparisonSummary = {
  inCommon: number;
  identical: number;
  reworded: number;
  onlyIn: { slug: string; shortTitle: string; count: number }[];
  partial: number;
  scopeDiffers: number;
  scopeCategories: number;
  intervals: string[];
  headline: string;
  /** What the headline's figure rests on that a reader must know (a translation, an unconfirmed wording…). */
  headlineCaveats: string[];
  sentences: string[];
};

/** Caveats that qualify a headline figure (a paraphrase is never diffed). */
const HEADLINE_CAVEATS = new Set<Caveat["code"]>(["translation", "unconfirmed", "low", "truncated"]);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarise(agreements: Named[], rows: Row[], scope: ScopeMatrix): ComparisonSummary {
  const name = new Map(agreements.map((a) => [a.slug, a.shortTitle]));
  const inCommonRows = rows.filter((r) => ["identical", "reworded", "not-comparable"].includes(r.status.kind));
  const identical = rows.filter((r) => r.status.kind === "identical").length;
  const notComparable = rows.filter((r) => r.status.kind === "not-comparable").length;
  const onlyIn = agreements.map((a) => ({
    slug: a.slug,
    shortTitle: a.shortTitle,
    count: rows.filter((r) => r.status.kind === "only-in" && r.status.slug === a.slug).length,
  }));
  const partial = rows.filter((r) => r.status.kind === "partial").length;
  const scopeDiffers = scope.rows.filter((r) => r.differs).length;
  // Only rows where at least two of the agreements were assessed say anything about them together.
  const scopeCompared = scope.rows.filter((r) => r.compared).length;

  const [base, ...others] = agreements;
  const intervals = base ? others.map((o) => intervalSentence(base, o)) : [];

  const sentences: string[] = [];
  const common = inCommonRows.length;
  if (common === 0) sentences.push(`No provision is shared by all ${agreements.length} agreements.`);
  else {
    const reworded = common - identical - notComparable;
    const detail = [
      identical ? `${identical} worded identically` : null,
      reworded ? `${reworded} reworded` : null,
      notComparable ? `${notComparable} not comparable word for word` : null,
    ]
      .filter(Boolean)
      .join(", ");
    sentences.push(`${plural(common, "provision")} in common (${detail}).`);
  }
  const only = onlyIn.filter((o) => o.count > 0).map((o) => `${o.count} only in ${o.shortTitle}`);
  if (only.length) sentences.push(`${only.join("; ")}.`);
  if (partial) sentences.push(`${plural(partial, "provision")} in some but not all.`);
  if (scopeCompared > 0) {
    sentences.push(
      scopeDiffers
        ? `Scope differs in ${scopeDiffers} of ${scopeCompared} activity categories assessed for more than one.`
        : scopeCompared === 1
          ? "Scope readings agree in the one activity category assessed for more than one."
          : `Scope readings agree in all ${scopeCompared} categories assessed for more than one.`,
    );
  } else sentences.push("No activity category was assessed for more than one of them.");
  sentences.push(...intervals);

  const ipRow = rows.find((r) => r.provision.featuredAs !== null);
  const caveats = ipRow && (ipRow.status.kind === "reworded" || ipRow.status.kind === "identical") ? headlineCaveats(ipRow) : [];
  const headline = headlineOf(ipRow, rows, name, common, caveats);

  return {
    inCommon: common,
    identical,
    reworded: common - identical - notComparable,
    onlyIn,
    partial,
    scopeDiffers,
    scopeCategories: scopeCompared,
    intervals,
    headline,
    headlineCaveats: caveats.map((c) => c.label),
    sentences,
  };
}

// Words that carry grammar rather than substance: a change made only of these (or only of a word's ending,
// "agree" → "agreed") is named after the changes of content words ("knowingly" dropped).
const FUNCTION_WORDS = new Set(
  "a an the and or nor but of to in on at by for with from as into that this these those which who whom whose it its their his her they them we our us you your he she i be is are was were been being will would shall should may might can could must do does did has have had not no neither either each other any all both such so than then there here".split(
    " ",
  ),
);

/** A crude English stem: enough to tell "agree"/"agreed"/"agrees" apart from a real change of word. */
const stem = (w: string) => w.replace(/(ing|ed|es|s|d|ly|e)$/u, "");

/**
 * How much a change matters to a reader: 3 content words dropped or added outright ("knowingly"), 2 content
 * words replaced, 1 only grammar or an ending ("agree" → "agreed", "will" → "would"), 0 only punctuation.
 */
export function changeWeight(deleted: string, inserted: string): number {
  const del = foldedWords(deleted);
  const ins = foldedWords(inserted);
  if (del.length + ins.length === 0) return 0;
  const content = (ws: string[]) => ws.filter((w) => !FUNCTION_WORDS.has(w));
  const [cd, ci] = [content(del), content(ins)];
  if (cd.length + ci.length === 0) return 1;
  const stems = (ws: string[]) => ws.map(stem).sort().join(" ");
  if (stems(cd) === stems(ci)) return 1;
  return del.length === 0 || ins.length === 0 ? 3 : 2;
}

/** The compared cell a row's figure describes: the one least similar to the base (the row's similarity). */
export function headlineCell(row: Row): Row["cells"][number] | undefined {
  const compared = row.cells.filter((c) => c.diff?.ok);
  return compared.reduce<Row["cells"][number] | undefined>(
    (low, c) => (low && low.diff?.ok && c.diff?.ok && low.diff.similarity <= c.diff.similarity ? low : c),
    undefined,
  );
}

/**
 * "“knowingly” dropped", "“will” → “would”": the changes of one compared cell (by default the row's least
 * similar, whose figure the headline quotes): content words dropped or added first, then replaced, then
 * grammar; shorter changes before longer ones, then in text order.
 */
export function wordingChanges(row: Row, max = 3, cell = headlineCell(row)): string[] {
  const diff = cell?.diff;
  if (!diff?.ok) return [];
  const changes: { text: string; weight: number; words: number; order: number }[] = [];
  const q = (t: string) => `“${t.trim()}”`;
  diff.parts.forEach((part, i) => {
    const next = diff.parts[i + 1];
    const order = changes.length;
    if (part.kind === "delete" && next?.kind === "insert")
      changes.push({
        text: `${q(part.text)} → ${q(next.text)}`,
        weight: changeWeight(part.text, next.text),
        words: foldedWords(part.text + " " + next.text).length,
        order,
      });
    else if (part.kind === "delete")
      changes.push({ text: `${q(part.text)} dropped`, weight: changeWeight(part.text, ""), words: foldedWords(part.text).length, order });
    else if (part.kind === "insert" && diff.parts[i - 1]?.kind !== "delete")
      changes.push({ text: `${q(part.text)} added`, weight: changeWeight("", part.text), words: foldedWords(part.text).length, order });
  });
  const ranked = changes
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.words - b.words || a.order - b.order)
    .map((c) => c.text);
  return ranked.length > max ? [...ranked.slice(0, max), `${ranked.length - max} more`] : ranked;
}

/** The caveats of every diffed cell of a row, once each. */
function headlineCaveats(row: Row): Caveat[] {
  const all = row.cells.flatMap((c) => c.caveats).filter((c) => HEADLINE_CAVEATS.has(c.code));
  return [...new Map(all.map((c) => [c.label, c])).values()];
}

function headlineOf(ipRow: Row | undefined, rows: Row[], name: Map<string, string>, common: number, caveats: Caveat[]): string {
  const qualified = caveatSuffix(caveats);
  const total = rows[0]?.cells.length ?? 0;
  const names = (slugs: string[]) => listOf(slugs.map((s) => name.get(s) ?? s));
  const cell = ipRow?.status.kind === "reworded" ? headlineCell(ipRow) : undefined;
  if (ipRow && cell?.diff?.ok) {
    const changes = wordingChanges(ipRow, 3, cell);
    const pct = Math.round(cell.diff.similarity * 100);
    // In a 3- or 4-way view some wordings may have no language in common with the base: said, not hidden.
    const uncompared = ipRow.cells.filter((c) => c.status === "not-comparable" || (c.diff && !c.diff.ok)).length;
    const rest = uncompared ? ` (${uncompared} more not comparable word for word)` : "";
    // With three or four agreements, say which pair the figure and the changes are of (the least similar to the base).
    const pair =
      ipRow.cells.length > 2 && cell
        ? ` in ${name.get(cell.slug) ?? cell.slug} against ${name.get(ipRow.cells[0]?.slug ?? "") ?? "the base"}`
        : "";
    const all = total > 2 ? `The ${ipRow.provision.featuredAs} is in all ${total}: it is` : `The ${ipRow.provision.featuredAs} is`;
    return `${all} ${pct}% the same wording${pair}${qualified}${rest}${changes.length ? `: ${changes.join(", ")}` : ""}.`;
  }
  if (ipRow?.status.kind === "identical")
    return `The ${ipRow.provision.featuredAs} is worded identically${qualified}; ${plural(common, "provision")} in common.`;
  if (ipRow?.status.kind === "reworded" || ipRow?.status.kind === "not-comparable") {
    // Why not, in the cell's words: "One side is known only as a paraphrase.", "No verbatim text in a common language."
    const why = ipRow.cells.find((c) => c.status === "not-comparable")?.why ?? "The texts differ too much for a word diff.";
    return `The ${ipRow.provision.featuredAs} is in ${total > 2 ? `all ${total}` : "both"}, but cannot be compared word for word: ${why[0]?.toLowerCase()}${why.slice(1)}`;
  }
  if (ipRow?.status.kind === "only-in")
    return `Only ${name.get(ipRow.status.slug) ?? ipRow.status.slug} has the ${ipRow.provision.featuredAs}.`;
  // Lead with what is shared: the featured provision where some have it, else the provision most of them share.
  const shared = ipRow?.status.kind === "partial" ? ipRow : [...rows].sort((a, b) => presentIn(b).length - presentIn(a).length)[0];
  if (!shared) return "These agreements share no provision.";
  const present = presentIn(shared);
  const missing = shared.cells.filter((c) => c.clauses.length === 0).map((c) => c.slug);
  const label = shared.provision.featuredAs ?? `“${shared.provision.label}”`;
  if (present.length < 2) return `No provision is in more than one of these ${total} agreements.`;
  // Then how far apart the wordings that have it are: the least alike against the base, and its changes.
  const least = shared.cells[0]?.clauses.length ? headlineCell(shared) : undefined;
  const apart =
    least?.diff?.ok && !least.diff.identical
      ? ` Least alike: ${name.get(least.slug) ?? least.slug}, ${Math.round(least.diff.similarity * 100)}% the same wording as ${name.get(shared.cells[0]?.slug ?? "") ?? "the base"}${caveatSuffix(headlineCaveats(shared))}${((c) => (c.length ? `: ${c.join(", ")}` : ""))(wordingChanges(shared, 3, least))}.`
      : "";
  return `The ${label} is in ${present.length} of ${total}: ${names(present)}${missing.length ? `; not in ${names(missing)}` : ""}.${apart}${common ? ` ${plural(common, "provision")} in all ${total}.` : ""}`;
}

const presentIn = (row: Row) => row.cells.filter((c) => c.clauses.length > 0).map((c) => c.slug);

function listOf(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
