import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import type { ClauseText as ClauseTextData } from "@/lib/data/agreements";
import { confidenceLabel, languageLabel, textFormLabel } from "@/lib/format";

const confidenceTone: Record<string, BadgeTone> = { high: "good", medium: "neutral", low: "warn", unconfirmed: "bad" };

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
        <div className="flex flex-wrap gap-1.5">
          <Badge>
            {languageLabel(text.language)}
            {text.isTranslation ? " (translation)" : ""}
          </Badge>
          <Badge tone={text.form === "verbatim" ? "neutral" : "warn"}>{textFormLabel(text.form)}</Badge>
          <Badge tone={confidenceTone[text.confidence] ?? "neutral"}>{confidenceLabel(text.confidence)}</Badge>
        </div>
        {text.note ? <p className="mt-1 text-sm text-muted">{text.note}</p> : null}
        <Citations citations={text.citations} />
      </figcaption>
    </figure>
  );
}
