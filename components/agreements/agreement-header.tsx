import { Badge } from "@/components/ui/badge";
import type { AgreementDetail } from "@/lib/data/agreements";
import { characterLabel, formLabel, formatPartialDate, partiesLabel, statusLabel } from "@/lib/format";

export function AgreementHeader({ agreement }: { agreement: AgreementDetail }) {
  const facts: [string, string][] = [
    ["Parties", partiesLabel(agreement.parties)],
    ["Date", formatPartialDate(agreement.date)],
    ["Form", formLabel(agreement.form)],
    ["Legal character", characterLabel(agreement.legalCharacter)],
  ];
  if (agreement.forum) facts.push(["Forum", agreement.forum]);
  return (
    <header>
      <p className="text-sm font-medium uppercase tracking-wide text-accent">{agreement.shortTitle}</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">{agreement.title}</h1>
      <dl className="mt-5 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([term, value]) => (
          <div key={term} className="flex gap-2">
            <dt className="w-32 shrink-0 text-muted">{term}</dt>
            <dd>{term === "Date" ? <time dateTime={agreement.date}>{value}</time> : value}</dd>
          </div>
        ))}
        <div className="flex gap-2">
          <dt className="w-32 shrink-0 text-muted">Status</dt>
          <dd>
            <Badge tone={agreement.status === "active" ? "good" : "warn"}>{statusLabel(agreement.status)}</Badge>
            {agreement.supersededBy ? <span className="ml-1">by {agreement.supersededBy}</span> : null}
          </dd>
        </div>
      </dl>
      {agreement.statusNote ? <p className="mt-3 text-sm text-muted">{agreement.statusNote}</p> : null}
      <p className="mt-5 max-w-3xl leading-relaxed sm:text-lg">{agreement.summary}</p>
    </header>
  );
}
