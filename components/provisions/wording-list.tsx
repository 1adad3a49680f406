import { DiffText } from "@/components/compare/diff-text";
import { Badge } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { ProvisionRow } from "@/lib/compare/provision";
import { caveatSentence } from "@/lib/compare/provenance";
import { formLabel, formatPartialDate, languageLabel } from "@/lib/format";
import { stepWords } from "./lineage-chart";

/** Every wording of the page, in date order: its verdict against the reference (or the wording before it), the diff, its sources. */
export function WordingList({ rows }: { rows: ProvisionRow[] }) {
  const onPage = new Set(rows.map((r) => r.agreement.slug));
  return (
    <ol className="mt-3 space-y-4">
      {rows.map((r) => (
        <li key={r.agreement.slug} id={`w-${r.agreement.slug}`} tabIndex={-1} className="scroll-mt-4 rounded-lg border border-rule bg-white p-4 outline-none target:ring-2 target:ring-accent">
          <Wording row={r} onPage={onPage} />
        </li>
      ))}
    </ol>
  );
}

function Wording({ row: r, onPage }: { row: ProvisionRow; onPage: Set<string> }) {
  const diff = r.step.diff;
  const shownDiff = diff?.ok && !diff.identical ? diff : null;
  const compared = new Set(shownDiff ? r.compared : []);
  return (
    <article aria-labelledby={`h-${r.agreement.slug}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={`h-${r.agreement.slug}`} className="font-serif text-lg font-semibold">
          <a href={`/agreements/${r.agreement.slug}`}>{r.agreement.shortTitle}</a>
        </h3>
        <p className="text-sm text-muted">
          {formatPartialDate(r.agreement.date)} · {formLabel(r.agreement.form)} · {r.agreement.parties.map((p) => p.name).join(", ")}
        </p>
      </header>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        {r.isReference ? <Badge tone="good">Reference</Badge> : null}
        {r.step.against && diff?.ok ? (
          <Badge tone="accent">
            {diff.identical ? `Identical to ${r.step.against.shortTitle}` : `${Math.round(diff.similarity * 100)}% similar to ${r.step.against.shortTitle}`}
          </Badge>
        ) : null}
        {r.step.against && diff && !diff.ok ? <Badge tone="warn">{diff.message}</Badge> : null}
        {r.step.against && !diff ? <Badge>Not diffed: {r.step.why}</Badge> : null}
        <a href="/methodology#similarity" className="text-xs">what the figure means</a>
      </p>
      {r.caveats.length ? (
        <p role="note" className="mt-2 rounded border border-warn/30 bg-warn-bg px-2 py-1 text-sm text-warn">
          {caveatSentence(r.caveats)}
        </p>
      ) : null}
      {shownDiff && r.step.against ? (
        <div className="mt-2">
          <p className="mb-1 text-xs text-muted">
            Differences from {r.step.against.shortTitle} ({languageLabel(r.language ?? "en")}):
          </p>
          <DiffText parts={shownDiff.parts} lang={r.language ?? "en"} />
          <div className="mt-1 space-y-1">
            {r.compared.map((t, i) => (
              <p key={i} className="text-xs text-muted">
                <span className="sr-only">Diffed text: </span>
                <ProvenanceBadges text={t} />
              </p>
            ))}
          </div>
        </div>
      ) : null}
      {r.clauses.map((clause, i) => (
        <div key={i} className="mt-3">
          <p className="text-xs font-medium text-muted">{clause.label}</p>
          {clause.texts
            .filter((t) => !compared.has(t))
            .map((t, j) => (
              <div key={j} className="mt-1">
                {t.form === "paraphrase" ? (
                  <p lang={t.language} className="italic text-muted">{t.text}</p>
                ) : (
                  <blockquote lang={t.language} className="font-serif text-[1.05rem] leading-relaxed">{t.text}</blockquote>
                )}
                <div className="mt-1">
                  <ProvenanceBadges text={t} />
                </div>
                {t.note ? <p className="mt-0.5 text-xs text-muted">{t.note}</p> : null}
              </div>
            ))}
          <Citations citations={clause.texts.flatMap((t) => t.citations).filter((c, k, all) => all.findIndex((o) => o.source.key === c.source.key) === k)} />
        </div>
      ))}
      <p className="mt-3 text-sm">
        <span className="font-medium">Closest earlier wording:</span>{" "}
        {r.model ? (
          <>
            <a href={onPage.has(r.model.slug) ? `#w-${r.model.slug}` : `/agreements/${r.model.slug}`}>{r.model.shortTitle}</a> ({formatPartialDate(r.model.date)}) — {stepWords(r)}
          </>
        ) : (
          "none earlier in the catalogue."
        )}
      </p>
    </article>
  );
}
