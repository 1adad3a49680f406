import { Badge } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import type { Cell } from "@/lib/compare/align";
import type { DiffMode } from "@/lib/compare/state";
import { confidenceLabel, languageLabel, textFormLabel } from "@/lib/format";
import { DiffText } from "./diff-text";

/** One agreement's clauses for one provision: verbatim text with its source, or a word diff against the base. */
export function ClauseCell({ cell, diff, baseName }: { cell: Cell; diff: DiffMode; baseName: string }) {
  if (cell.clauses.length === 0) return <p className="italic text-muted">No such provision.</p>;
  const showDiff = diff === "words" && cell.diff?.ok && !cell.diff.identical && cell.comparedIn;
  return (
    <div className="space-y-3">
      {cell.status !== "base" && cell.status !== "added" ? <CellVerdict cell={cell} baseName={baseName} /> : null}
      {showDiff && cell.diff?.ok ? (
        <div>
          <p className="mb-1 text-xs text-muted">Differences from {baseName} ({languageLabel(cell.comparedIn ?? "en")}):</p>
          <DiffText parts={cell.diff.parts} lang={cell.comparedIn ?? "en"} />
        </div>
      ) : null}
      {cell.clauses.map((clause, i) => (
        <div key={i}>
          <p className="text-xs font-medium text-muted">{clause.label}</p>
          {clause.texts
            .filter((t) => !showDiff || t.language !== cell.comparedIn)
            .map((t, j) => (
              <div key={j} className="mt-1">
                {t.form === "paraphrase" ? (
                  <p lang={t.language} className="italic text-muted">{t.text}</p>
                ) : (
                  <blockquote lang={t.language} className="font-serif text-[1.05rem] leading-relaxed">
                    {t.text}
                  </blockquote>
                )}
                <div className="mt-1 flex flex-wrap gap-1">
                  <Badge>{languageLabel(t.language)}{t.isTranslation ? " (translation)" : ""}</Badge>
                  {t.form !== "verbatim" ? <Badge tone="warn">{textFormLabel(t.form)}</Badge> : null}
                  {t.confidence !== "high" ? <Badge tone="warn">{confidenceLabel(t.confidence)}</Badge> : null}
                </div>
              </div>
            ))}
          <Citations citations={clause.texts.flatMap((t) => t.citations).filter((c, k, all) => all.findIndex((o) => o.source.key === c.source.key) === k)} />
        </div>
      ))}
    </div>
  );
}

function CellVerdict({ cell, baseName }: { cell: Cell; baseName: string }) {
  if (cell.status === "identical") return <Badge tone="good">Identical to {baseName}</Badge>;
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
