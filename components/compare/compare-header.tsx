import Link from "next/link";
import type { Comparison } from "@/lib/compare/comparison";
import { compareHref, type CompareState, type View } from "@/lib/compare/state";
import { formatPartialDate, partiesLabel } from "@/lib/format";

const TABS: { view: View; label: string }[] = [
  { view: "clauses", label: "Clauses" },
  { view: "scope", label: "Scope" },
  { view: "dates", label: "Dates" },
];

export function CompareHeader({ comparison, state }: { comparison: Comparison; state: CompareState }) {
  const { agreements, summary } = comparison;
  return (
    <header>
      <p className="text-sm font-medium uppercase tracking-wide text-accent">Comparison</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">
        {agreements.map((a, i) => (
          <span key={a.slug}>
            {i > 0 ? <span className="font-normal text-muted"> vs </span> : null}
            {a.shortTitle}
          </span>
        ))}
      </h1>
      <ol className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {agreements.map((a, i) => (
          <li key={a.slug}>
            <Link prefetch={false} href={`/agreements/${a.slug}`}>
              {a.shortTitle}
            </Link>
            <span className="text-muted">
              {" "}
              · {partiesLabel(a.parties, 4)} · <time dateTime={a.date}>{formatPartialDate(a.date)}</time>
              {i === 0 ? " · base for differences" : ""}
            </span>
            {a.corrections ? (
              <>
                {" · "}
                <Link prefetch={false} href={`/agreements/${a.slug}#corrections`}>
                  {a.corrections} {a.corrections === 1 ? "claim" : "claims"} in circulation corrected
                </Link>
              </>
            ) : null}
            {a.readouts ? (
              <>
                {" · "}
                <Link prefetch={false} href={`/agreements/${a.slug}/readouts`}>
                  {a.readouts} party readouts compared
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <section aria-labelledby="summary-heading" className="mt-5 rounded-lg border border-accent/30 bg-accent-soft p-4">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <p className="font-semibold">{summary.headline}</p>
        <p className="mt-1 text-sm">
          <Link prefetch={false} href="/methodology#similarity">
            What “% the same wording” measures
          </Link>{" "}
          ·{" "}
          <Link prefetch={false} href="/methodology#base">
            what the base is
          </Link>
        </p>
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {summary.sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-3 border-b border-rule">
        <nav aria-label="Comparison views">
          <ul className="flex gap-1">
            {TABS.map((t) => {
              const active = t.view === state.view;
              return (
                <li key={t.view}>
                  <Link
                    prefetch={false}
                    href={compareHref(state, { view: t.view })}
                    aria-current={active ? "page" : undefined}
                    className={`-mb-px block rounded-t border px-4 py-2 font-medium no-underline ${active ? "border-rule border-b-paper bg-paper text-ink" : "border-transparent text-accent hover:bg-white"}`}
                    scroll={false}
                  >
                    {t.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {state.view === "clauses" ? (
          <p className="pb-2 text-sm">
            Word differences:{" "}
            {state.diff === "words" ? (
              <>
                <strong>shown</strong> ·{" "}
                <Link prefetch={false} href={compareHref(state, { diff: "off" })} scroll={false}>
                  hide
                </Link>
              </>
            ) : (
              <>
                <Link prefetch={false} href={compareHref(state, { diff: "words" })} scroll={false}>
                  show
                </Link>{" "}
                · <strong>hidden</strong>
              </>
            )}
          </p>
        ) : null}
      </div>
    </header>
  );
}
