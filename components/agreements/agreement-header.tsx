import { Badge } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import type { AgreementDetail, Judgement } from "@/lib/domain/schema";
import { NOT_ASSESSED, basisLabel, characterLabel, formLabel, formatPartialDate, partiesLabel, statusLabel } from "@/lib/format";

export function AgreementHeader({ agreement }: { agreement: AgreementDetail }) {
  const facts: [string, string][] = [
    [agreement.parties.length > 2 ? `Parties (${agreement.parties.length})` : "Parties", partiesLabel(agreement.parties)],
    ["Date", formatPartialDate(agreement.date)],
    ["Form", formLabel(agreement.form)],
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
        <JudgementFact
          term="Legal character"
          label={characterLabel(agreement.legalCharacter)}
          value={agreement.legalCharacter}
          judgement={agreement.judgements.legalCharacter}
        />
        <JudgementFact
          term="Status"
          label={statusLabel(agreement.status)}
          value={agreement.status}
          judgement={agreement.judgements.status}
          extra={agreement.supersededBy ? ` by ${agreement.supersededBy}` : ""}
        />
      </dl>
      {agreement.statusNote ? <p className="mt-3 text-sm text-muted">{agreement.statusNote}</p> : null}
      <p className="mt-5 max-w-3xl leading-relaxed sm:text-lg">{agreement.summary}</p>
    </header>
  );
}

/**
 * A coded judgement is shown with its basis and sources, like a scope reading; without one it says "Not
 * assessed" rather than leaving a badge nobody can check. (Versions imported before judgements had sources
 * show the value with "basis not recorded".)
 */
function JudgementFact({
  term,
  label,
  value,
  judgement,
  extra = "",
}: {
  term: string;
  label: string;
  value: string | null;
  judgement: Judgement | null;
  extra?: string;
}) {
  return (
    <div className="flex gap-2 max-sm:flex-col max-sm:gap-0 sm:col-span-2">
      <dt className="w-32 shrink-0 text-muted">{term}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">
        {value === null ? (
          <span className="text-muted">{NOT_ASSESSED}</span>
        ) : (
          <>
            <Badge>{label}</Badge>
            {extra}
            <span className="ml-1 text-muted">
              {judgement ? `according to ${basisLabel(judgement.basis)}` : "(basis not recorded in this version)"}
            </span>
            {judgement ? (
              <>
                <span className="mt-1 block">{judgement.note}</span>
                <Citations citations={judgement.citations} label="Evidence" plural="Evidence" />
              </>
            ) : null}
          </>
        )}
      </dd>
    </div>
  );
}
