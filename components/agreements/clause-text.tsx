import { Citations } from "@/components/ui/citations";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { ClauseText as ClauseTextData } from "@/lib/domain/schema";
import { textAttributes } from "@/lib/text/direction";

/**
 * One language version of a clause: verbatim text as a quotation, a paraphrase never dressed as one; its
 * paragraphs kept, and a right-to-left text set right to left.
 */
export function ClauseText({ text }: { text: ClauseTextData }) {
  const isQuote = text.form !== "paraphrase";
  const body = isQuote ? (
    <blockquote
      {...textAttributes(text.language)}
      className="whitespace-pre-line border-s-4 border-accent/40 ps-4 font-serif text-lg leading-relaxed"
    >
      {text.text}
    </blockquote>
  ) : (
    <p
      {...textAttributes(text.language)}
      className="whitespace-pre-line border-s-4 border-dashed border-rule ps-4 italic leading-relaxed text-muted"
    >
      {text.text}
    </p>
  );
  return (
    <figure className="mt-3">
      {body}
      <figcaption className="mt-2 pl-5">
        <ProvenanceBadges text={text} />
        {text.note ? <p className="mt-1 text-sm text-muted">{text.note}</p> : null}
        <Citations citations={text.citations} />
      </figcaption>
    </figure>
  );
}
