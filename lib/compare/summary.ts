// The plain-words summary at the top of a comparison: what the agreements share, what only one has,
// how the shared wording differs, where their scope differs, and how far apart they are in time.
import type { Row } from "./align";
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
  sentences: string[];
};

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
  sentences.push(
    scopeDiffers
      ? `Scope differs in ${scopeDiffers} of ${scope.rows.length} activity categories.`
      : `Scope readings agree in all ${scope.rows.length} categories assessed.`,
  );
  sentences.push(...intervals);

  const ipRow = rows.find((r) => r.provision.key === "ip-theft");
  const headline = headlineOf(ipRow, name, common, identical, scopeDiffers);

  return {
    inCommon: common,
    identical,
    reworded: common - identical,
    onlyIn,
    partial,
    scopeDiffers,
    scopeCategories: scope.rows.length,
    intervals,
    headline,
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

function headlineOf(ipRow: Row | undefined, name: Map<string, string>, common: number, identical: number, scopeDiffers: number): string {
  if (ipRow?.status.kind === "reworded" && ipRow.status.similarity !== null) {
    const changes = wordingChanges(ipRow);
    const pct = Math.round(ipRow.status.similarity * 100);
    return `The IP-theft pledge is ${pct}% the same wording${changes.length ? `: ${changes.join(", ")}` : ""}.`;
  }
  if (ipRow?.status.kind === "identical") return `The IP-theft pledge is worded identically; ${plural(common, "provision")} in common.`;
  if (ipRow?.status.kind === "only-in") return `Only ${name.get(ipRow.status.slug) ?? ipRow.status.slug} pledges against IP theft.`;
  return `${plural(common, "provision")} in common, ${identical} identical; scope differs in ${scopeDiffers} categories.`;
}
