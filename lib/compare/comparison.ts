// Assembles a whole comparison from agreement details and the vocabulary: aligned rows, scope matrix,
// timeline and summary. Pure: the data layer fetches, this computes, pages and exports render.
import type { AgreementDetail } from "@/lib/data/agreements";
import { alignByProvision, type ProvisionInfo, type Row } from "./align";
import { buildScopeMatrix, type ScopeMatrix } from "./scope-matrix";
import { summarise, type ComparisonSummary } from "./summary";
import { layoutTimeline, type TimelineLayout } from "./timeline";

export type ComparedAgreement = Pick<AgreementDetail, "slug" | "title" | "shortTitle" | "date" | "datePrecision" | "parties" | "form" | "legalCharacter" | "status">;

export type Comparison = {
  agreements: ComparedAgreement[];
  rows: Row[];
  scope: ScopeMatrix;
  timeline: TimelineLayout;
  summary: ComparisonSummary;
};

export function buildComparison(
  agreements: AgreementDetail[],
  vocabulary: { provisions: ProvisionInfo[]; categories: { key: string; label: string; description: string }[] },
): Comparison {
  const rows = alignByProvision(agreements, vocabulary.provisions);
  const scope = buildScopeMatrix(agreements, vocabulary.categories);
  return {
    agreements: agreements.map(({ slug, title, shortTitle, date, datePrecision, parties, form, legalCharacter, status }) => ({
      slug,
      title,
      shortTitle,
      date,
      datePrecision,
      parties,
      form,
      legalCharacter,
      status,
    })),
    rows,
    scope,
    timeline: layoutTimeline(agreements),
    summary: summarise(agreements, rows, scope),
  };
}
