import type { DiffPart } from "@/lib/compare/word-diff";

/**
 * A word diff readable without colour: deletions struck through, insertions underlined, and both
 * announced to screen readers, since <ins>/<del> alone are not read out by most of them.
 */
export function DiffText({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  return (
    <p lang={lang} className="font-serif text-[1.05rem] leading-relaxed">
      {parts.map((part, i) => [
        // jsdiff puts the deleted and the inserted words side by side; keep them apart on screen.
        i > 0 && part.kind === "insert" && parts[i - 1]?.kind === "delete" ? " " : null,
        part.kind === "equal" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "insert" ? (
          <ins key={i} className="rounded-sm bg-ins-bg text-ins underline decoration-2 underline-offset-2">
            <span className="sr-only">[inserted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="rounded-sm bg-del-bg text-del line-through decoration-2">
            <span className="sr-only">[deleted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      ])}
    </p>
  );
}
