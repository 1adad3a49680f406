import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { DiffPart } from "@/lib/compare/word-diff";
import type { ClauseText } from "@/lib/domain/schema";
import { languageLabel } from "@/lib/format";
import { textAttributes } from "@/lib/text/direction";

/** Unchanged words kept on each side of a change when a reader asks for only the differences. */
const CONTEXT_WORDS = 5;

/**
 * An unchanged run: in full, but with its middle (beyond a few words of context next to each change)
 * marked, so that "Only differences" (#differences, in CSS) can elide it to "…" without JavaScript.
 */
function Unchanged({ text, first, last }: { text: string; first: boolean; last: boolean }) {
  const words = text.split(/(?<=\s)/);
  const head = first ? 0 : CONTEXT_WORDS;
  const tail = last ? 0 : CONTEXT_WORDS;
  if (words.length <= head + tail + 3) return <span>{text}</span>;
  return (
    <span>
      {words.slice(0, head).join("")}
      <span className="diff-context">{words.slice(head, words.length - tail).join("")}</span>
      <span className="diff-elision" aria-hidden>
        {first ? "… " : " … "}
      </span>
      {words.slice(words.length - tail).join("")}
    </span>
  );
}

/**
 * A word diff readable without colour: deletions struck through, insertions underlined, and both
 * announced to screen readers, since <ins>/<del> alone are not read out by most of them. Words a cut copy
 * leaves out (" … ") are its gap, "[…]", never a deletion.
 */
export function DiffText({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  return (
    <p {...textAttributes(lang)} className="font-serif text-[1.05rem] leading-relaxed">
      {parts.map((part, i) => [
        // jsdiff puts the deleted and the inserted words side by side; keep them apart on screen.
        i > 0 && part.kind === "insert" && parts[i - 1]?.kind === "delete" ? " " : null,
        part.kind === "equal" ? (
          <Unchanged key={i} text={part.text} first={i === 0} last={i === parts.length - 1} />
        ) : part.kind === "omitted" ? (
          <span key={i} className="text-muted" title={`Left out of the truncated copy: ${part.text.trim()}`}>
            {" […] "}
            <span className="sr-only">(left out of the truncated copy: {part.text.trim()})</span>
          </span>
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

/** The provenance of the texts a diff was made on, below it. */
function ComparedTexts({ texts }: { texts: ClauseText[] }) {
  return (
    <div className="mt-1 space-y-1">
      {texts.map((t, i) => (
        <p key={i} className="text-xs text-muted">
          <span className="sr-only">Diffed text: </span>
          <ProvenanceBadges text={t} />
        </p>
      ))}
    </div>
  );
}

/** Two wordings compared: against which (named), in which language, the diff and the texts it was made on. */
type Compared = { against: string; language: string; parts: DiffPart[]; texts: ClauseText[] };

/** A diff against a named text, with the provenance of the texts it was made on (a translation, a truncated copy…). */
export function DiffBlock({ against, language, parts, texts }: Compared) {
  return (
    <div>
      <p className="mb-1 text-xs text-muted">
        Differences from {against} ({languageLabel(language)}):
      </p>
      <DiffText parts={parts} lang={language} />
      <ComparedTexts texts={texts} />
    </div>
  );
}

/**
 * Two wordings too far apart for an interleaved redline (below 40% alike): each in full, side by side, with
 * the words they share marked, so the reader sees what carried over rather than a wall of changes.
 */
export function SharedPhrases({ against, language, parts, texts }: Compared) {
  // Each side in full: its own words, shared ones marked; where a copy leaves words out, the other side's words
  // there (muted) and the copy's gap ("[…]").
  const side = (own: "delete" | "insert") =>
    parts.flatMap((p, i) => {
      if (p.kind === "equal")
        return [
          <mark key={i} className="rounded-sm bg-accent-soft text-ink">
            {p.text}
          </mark>,
        ];
      if (p.kind === "omitted")
        return (p.side === "base") === (own === "delete")
          ? [
              <span key={i} className="text-muted">
                {p.text}
              </span>,
            ]
          : [<span key={i}> […] </span>];
      return p.kind === own ? [<span key={i}>{p.text}</span>] : [];
    });
  return (
    <div>
      <p className="mb-1 text-xs text-muted">
        Too different for a redline: the two wordings side by side ({languageLabel(language)}), the words they share{" "}
        <mark className="rounded-sm bg-accent-soft text-ink">marked</mark>.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <blockquote {...textAttributes(language)} className="border-s-2 border-rule ps-3 font-serif">
          <p className="mb-1 font-sans text-xs text-muted">{against}</p>
          {side("delete")}
        </blockquote>
        <blockquote {...textAttributes(language)} className="border-s-2 border-accent ps-3 font-serif">
          <p className="mb-1 font-sans text-xs text-muted">This wording</p>
          {side("insert")}
        </blockquote>
      </div>
      <ComparedTexts texts={texts} />
    </div>
  );
}
