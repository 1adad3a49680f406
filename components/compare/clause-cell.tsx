import { Badge } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { Cell } from "@/lib/compare/align";
import { caveatSentence } from "@/lib/compare/provenance";
import type { DiffMode } from "@/lib/compare/state";
import { languageLabel } from "@/lib/format";
import { DiffText } from "./diff-text";

/**
 * One agreement's clauses for one provision: the text with its source, or a word diff against the base.
 * A diff carries the provenance of the texts it was made on (a translation, a truncated copy, an
 * unconfirmed wording) next to it, and the cell's other texts — the original of a translation — below.
 */
export function ClauseCell({ cell, diff, baseName }: { cell: Cell; diff: DiffMode; baseName: string }) {
  if (cell.clauses.length === 0) return <p className="text-sm italic text-muted">Not in this agreement.</p>;
  const showDiff = diff === "words" && cell.diff?.ok && !cell.diff.identical && cell.comparedIn;
  const compared = new Set(showDiff ? (cell.compared?.own ?? []) : []);
  return (
    <div className="space-y-3">
      {cell.status !== "base" && cell.status !== "added" ? <CellVerdict cell={cell} baseName={baseName} /> : null}
      {cell.caveats.length ? (
        <p role="note" className="rounded border border-warn/30 bg-warn-bg px-2 py-1 text-sm text-warn">
          {caveatSentence(cell.caveats)}
        </p>
      ) : null}
      {showDiff && cell.diff?.ok ? (
        <div>
          <p className="mb-1 text-xs text-muted">Differences from {baseName} ({languageLabel(cell.comparedIn ?? "en")}):</p>
          <DiffText parts={cell.diff.parts} lang={cell.comparedIn ?? "en"} />
          <div className="mt-1 space-y-1">
            {cell.compared?.own.map((t, i) => (
              <p key={i} className="text-xs text-muted">
                <span className="sr-only">Diffed text: </span>
                <ProvenanceBadges text={t} />
              </p>
            ))}
          </div>
        </div>
      ) : null}
      {cell.clauses.map((clause, i) => (
        <div key={i}>
          <p className="text-xs font-medium text-muted">{clause.label}</p>
          {clause.note ? <p className="mt-0.5 text-xs text-muted">{clause.note}</p> : null}
          {clause.texts
            .filter((t) => !compared.has(t))
            .map((t, j) => (
              <div key={j} className="mt-1">
                {t.form === "paraphrase" ? (
                  <p lang={t.language} className="italic text-muted">{t.text}</p>
                ) : (
                  <blockquote lang={t.language} className="font-serif text-[1.05rem] leading-relaxed">
                    {t.text}
                  </blockquote>
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
    </div>
  );
}

function CellVerdict({ cell, baseName }: { cell: Cell; baseName: string }) {
  if (cell.status === "identical") {
    return (
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="good">Identical to {baseName}</Badge>
        {cell.why ? <span className="text-xs text-muted">{cell.why}</span> : null}
      </p>
    );
  }
  if (cell.status === "not-comparable") return <Badge>Not diffed: {cell.why}</Badge>;
  if (cell.status === "reworded" && cell.diff) {
    return (
      <p className="flex flex-wrap items-center gap-2">
        {cell.diff.ok ? <Badge tone="accent">{Math.round(cell.diff.similarity * 100)}% similar to {baseName}</Badge> : <Badge tone="warn">{cell.diff.message}</Badge>}
        {cell.why ? <span className="text-xs text-muted">{cell.why}</span> : null}
      </p>
    );
  }
  return null;
}
