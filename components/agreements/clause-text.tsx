import { Citations } from "@/components/ui/citations";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { ClauseText as ClauseTextData } from "@/lib/domain/schema";

/** One language version of a clause: verbatim text as a quotation, a paraphrase never dressed as one. */
export function ClauseText({ text }: { text: ClauseTextData }) {
  const isQuote = text.form !== "paraphrase";
  const body = isQuote ? (
    <blockquote lang={text.language} className="border-l-4 border-accent/40 pl-4 font-serif text-lg leading-relaxed">
      {text.text}
    </blockquote>
  ) : (
    <p lang={text.language} className="border-l-4 border-dashed border-rule pl-4 italic leading-relaxed text-muted">
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
