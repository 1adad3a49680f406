import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { AgreementSummary } from "@/lib/domain/schema";
import { formLabel, formatPartialDate, partiesLabel } from "@/lib/format";

export function AgreementCard({
  agreement,
  scopeLabels,
  headingLevel = 3,
}: {
  agreement: AgreementSummary;
  scopeLabels: Map<string, string>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col rounded-lg border border-rule bg-white p-4">
      <p className="text-sm text-muted">
        <time dateTime={agreement.date}>{formatPartialDate(agreement.date)}</time> · {partiesLabel(agreement.parties, 4)}
      </p>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link prefetch={false} href={`/agreements/${agreement.slug}`} className="text-ink no-underline hover:underline">
          {agreement.shortTitle}
        </Link>
      </Heading>
      <p className="text-sm text-muted">{agreement.title}</p>
      <p className="mt-2 line-clamp-4 text-sm leading-relaxed">{agreement.summary}</p>
      <div className="mt-auto flex flex-wrap gap-1.5 pt-3">
        <Badge tone="accent">{formLabel(agreement.form)}</Badge>
        {agreement.coveredScope.map((key) => (
          <Badge key={key} tone="good">
            {scopeLabels.get(key) ?? key}
          </Badge>
        ))}
      </div>
    </article>
  );
}
