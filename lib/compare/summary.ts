// The plain-words summary at the top of a comparison: what the agreements share, what only one has,
// how the shared wording differs, where their scope differs, and how far apart they are in time.
import type { Row } from "./align";
import { caveatSuffix, type Caveat } from "./provenance";
import { describeInterval, monthsBetween } from "./dates";
import type { ScopeMatrix } from "./scope-matrix";

type Named = { slug: string; shortTitle: string; date: string; datePrecision: "year" | "month" | "day" };

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
  const inCommonRows = rows.filter((r) => r.status.kind === "identical" || r.status.kind === "reworded");
  const identical = rows.filter((r) => r.status.kind === "identical").length;
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
  const intervals = base
    ? others.map((o) => {
        const [early, late] = o.date <= base.date ? [o, base] : [base, o];
        return `${late.shortTitle} came ${describeInterval(monthsBetween(early.date, late.date))} ${early.shortTitle}.`;
      })
    : [];

  const sentences: string[] = [];
  const common = inCommonRows.length;
  if (common === 0) sentences.push(`No provision is shared by all ${agreements.length} agreements.`);
  else {
    const reworded = common - identical;
    const detail = [identical ? `${identical} worded identically` : null, reworded ? `${reworded} reworded` : null].filter(Boolean).join(", ");
    sentences.push(`${plural(common, "provision")} in common (${detail}).`);
  }
  const only = onlyIn.filter((o) => o.count > 0).map((o) => `${o.count} only in ${o.shortTitle}`);
  if (only.length) sentences.push(`${only.join("; ")}.`);
  if (partial) sentences.push(`${plural(partial, "provision")} in some but not all.`);
  if (scopeCompared > 0) {
    sentences.push(
      scopeDiffers
        ? `Scope differs in ${scopeDiffers} of ${scopeCompared} activity categories assessed for more than one.`
        : `Scope readings agree in all ${scopeCompared} categories assessed for more than one.`,
    );
  } else sentences.push("No activity category was assessed for more than one of them.");
  sentences.push(...intervals);

  const ipRow = rows.find((r) => r.provision.key === "ip-theft");
  const caveats = ipRow && (ipRow.status.kind === "reworded" || ipRow.status.kind === "identical") ? headlineCaveats(ipRow) : [];
  const headline = headlineOf(ipRow, name, common, identical, scopeDiffers, caveats);

  return {
    inCommon: common,
    identical,
    reworded: common - identical,
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

/** "“will” → “would”" pairs of the first compared cell of a row, base wording first. */
export function wordingChanges(row: Row, max = 3): string[] {
  const diff = row.cells.find((c) => c.diff?.ok)?.diff;
  if (!diff?.ok) return [];
  const changes: string[] = [];
  diff.parts.forEach((part, i) => {
    const next = diff.parts[i + 1];
    const q = (t: string) => `“${t.trim()}”`;
    if (part.kind === "delete" && next?.kind === "insert") changes.push(`${q(part.text)} → ${q(next.text)}`);
    else if (part.kind === "delete") changes.push(`${q(part.text)} dropped`);
    else if (part.kind === "insert" && diff.parts[i - 1]?.kind !== "delete") changes.push(`${q(part.text)} added`);
  });
  return changes.length > max ? [...changes.slice(0, max), `${changes.length - max} more`] : changes;
}

/** The caveats of every diffed cell of a row, once each. */
function headlineCaveats(row: Row): Caveat[] {
  const all = row.cells.flatMap((c) => c.caveats).filter((c) => HEADLINE_CAVEATS.has(c.code));
  return [...new Map(all.map((c) => [c.label, c])).values()];
}

function headlineOf(ipRow: Row | undefined, name: Map<string, string>, common: number, identical: number, scopeDiffers: number, caveats: Caveat[]): string {
  const qualified = caveatSuffix(caveats);
  if (ipRow?.status.kind === "reworded" && ipRow.status.similarity !== null) {
    const changes = wordingChanges(ipRow);
    const pct = Math.round(ipRow.status.similarity * 100);
    return `The IP-theft pledge is ${pct}% the same wording${qualified}${changes.length ? `: ${changes.join(", ")}` : ""}.`;
  }
  if (ipRow?.status.kind === "identical") return `The IP-theft pledge is worded identically${qualified}; ${plural(common, "provision")} in common.`;
  if (ipRow?.status.kind === "only-in") return `Only ${name.get(ipRow.status.slug) ?? ipRow.status.slug} pledges against IP theft.`;
  return `${plural(common, "provision")} in common, ${identical} identical; scope differs in ${scopeDiffers} categories.`;
}
