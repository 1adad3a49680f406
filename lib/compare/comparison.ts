// Assembles a whole comparison from agreement details and the vocabulary: aligned rows, scope matrix,
// timeline and summary. Pure: the data layer fetches, this computes, pages and exports render.
import type { AgreementDetail } from "@/lib/domain/schema";
import { alignByProvision, type ProvisionInfo, type Row } from "./align";
import { isStructured, mapUnits, type UnitMap } from "./units";
import { buildScopeMatrix, type ScopeMatrix } from "./scope-matrix";
import { summarise, type ComparisonSummary } from "./summary";
import { layoutTimeline, type TimelineLayout } from "./timeline";

export type ComparedAgreement = Pick<
  AgreementDetail,
  "slug" | "title" | "shortTitle" | "date" | "datePrecision" | "parties" | "form" | "legalCharacter" | "status"
> & {
  /** How many circulating claims about it the catalogue corrects (listed on its page, #corrections). */
  corrections: number;
  /** How many of its parties' own readouts the catalogue holds (its page, /readouts). */
  readouts: number;
};

export type Comparison = {
  agreements: ComparedAgreement[];
  rows: Row[];
  scope: ScopeMatrix;
  timeline: TimelineLayout;
  summary: ComparisonSummary;
  /** For a structured base (a treaty): the article map of each other structured document against it. */
  unitMaps: { slug: string; map: UnitMap }[];
};

export function buildComparison(
  agreements: AgreementDetail[],
  vocabulary: { provisions: ProvisionInfo[]; categories: { key: string; label: string; description: string }[] },
): Comparison {
  const rows = alignByProvision(agreements, vocabulary.provisions);
  const scope = buildScopeMatrix(agreements, vocabulary.categories);
  return {
    agreements: agreements.map(
      ({ slug, title, shortTitle, date, datePrecision, parties, form, legalCharacter, status, corrections, readouts }) => ({
        slug,
        title,
        shortTitle,
        date,
        datePrecision,
        parties,
        form,
        legalCharacter,
        status,
        corrections: corrections.length,
        readouts: readouts.length,
      }),
    ),
    rows,
    scope,
    timeline: layoutTimeline(agreements),
    summary: summarise(agreements, rows, scope),
    unitMaps: unitMapsOf(agreements),
  };
}

function unitMapsOf([base, ...others]: AgreementDetail[]): Comparison["unitMaps"] {
  if (!base || !isStructured(base.clauses)) return [];
  return others.filter((o) => isStructured(o.clauses)).map((o) => ({ slug: o.slug, map: mapUnits(base, o) }));
}
