import { DiffBlock } from "@/components/compare/diff-text";
import { Badge } from "@/components/ui/badge";
import type { ProvisionRow } from "@/lib/compare/provision";
import { caveatSentence } from "@/lib/compare/provenance";
import { formLabel, formatPartialDate } from "@/lib/format";
import { ClauseTexts } from "@/components/compare/clause-texts";
import { stepWords } from "./lineage-chart";

/** Every wording of the page, in date order: its verdict against the reference (or the wording before it), the diff, its sources. */
export function WordingList({ rows }: { rows: ProvisionRow[] }) {
  const onPage = new Set(rows.map((r) => r.agreement.slug));
  return (
    <ol className="mt-3 space-y-4">
      {rows.map((r) => (
        <li
          key={r.agreement.slug}
          id={`w-${r.agreement.slug}`}
          tabIndex={-1}
          className="scroll-mt-4 rounded-lg border border-rule bg-white p-4 outline-none target:ring-2 target:ring-accent"
        >
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
            {diff.identical
              ? `Identical to ${r.step.against.shortTitle}`
              : `${Math.round(diff.similarity * 100)}% similar to ${r.step.against.shortTitle}`}
          </Badge>
        ) : null}
        {r.step.against && diff && !diff.ok ? <Badge tone="warn">{diff.message}</Badge> : null}
        {r.step.against && !diff ? <Badge>Not diffed: {r.step.why}</Badge> : null}
        <a href="/methodology#similarity" className="text-xs">
          what the figure means
        </a>
      </p>
      {r.caveats.length ? (
        <p role="note" className="mt-2 rounded border border-warn/30 bg-warn-bg px-2 py-1 text-sm text-warn">
          {caveatSentence(r.caveats)}
        </p>
      ) : null}
      {shownDiff && r.step.against ? (
        <div className="mt-2">
          <DiffBlock against={r.step.against.shortTitle} language={r.language ?? "en"} parts={shownDiff.parts} texts={r.compared} />
        </div>
      ) : null}
      {r.clauses.map((clause, i) => (
        <div key={i} className="mt-3">
          <ClauseTexts clause={clause} shown={compared} />
        </div>
      ))}
      <p className="mt-3 text-sm">
        <span className="font-medium">Closest earlier wording:</span>{" "}
        {r.model ? (
          <>
            <a href={onPage.has(r.model.slug) ? `#w-${r.model.slug}` : `/agreements/${r.model.slug}`}>{r.model.shortTitle}</a> (
            {formatPartialDate(r.model.date)}) — {stepWords(r)}
            {r.model.caveats.length ? (
              <span className="ml-1 rounded bg-warn-bg px-1 text-warn">(it rests on {r.model.caveats.map((c) => c.label).join("; ")})</span>
            ) : null}
          </>
        ) : (
          "none earlier in the catalogue."
        )}
      </p>
    </article>
  );
}
