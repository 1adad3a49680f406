import { Badge } from "@/components/ui/badge";
import type { Cell } from "@/lib/compare/align";
import { caveatSentence } from "@/lib/compare/provenance";
import type { DiffMode } from "@/lib/compare/state";
import { ClauseTexts } from "./clause-texts";
import { DiffBlock, SharedPhrases } from "./diff-text";

/**
 * One agreement's clauses for one provision: the text with its source, or a word diff against the base.
 * A diff carries the provenance of the texts it was made on (a translation, a truncated copy, an
 * unconfirmed wording) next to it, and the cell's other texts — the original of a translation — below.
 */
export function ClauseCell({
  cell,
  diff,
  baseName,
  sideBySideBelow = 0,
}: {
  cell: Cell;
  diff: DiffMode;
  baseName: string;
  /** Below this similarity, the two wordings side by side with their shared words marked instead of a redline. */
  sideBySideBelow?: number;
}) {
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
        cell.diff.similarity < sideBySideBelow ? (
          <SharedPhrases against={baseName} language={cell.comparedIn ?? "en"} parts={cell.diff.parts} texts={cell.compared?.own ?? []} />
        ) : (
          <DiffBlock against={baseName} language={cell.comparedIn ?? "en"} parts={cell.diff.parts} texts={cell.compared?.own ?? []} />
        )
      ) : null}
      {cell.clauses.map((clause, i) => (
        <ClauseTexts key={i} clause={clause} shown={compared} />
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
        {cell.diff.ok ? (
          <a href="/methodology#similarity" className="no-underline" title="Share of words in common: how it is measured">
            <Badge tone="accent">
              {Math.round(cell.diff.similarity * 100)}% similar to {baseName}
            </Badge>
          </a>
        ) : (
          <Badge tone="warn">{cell.diff.message}</Badge>
        )}
        {cell.why ? <span className="text-xs text-muted">{cell.why}</span> : null}
      </p>
    );
  }
  return null;
}
