import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ClauseText } from "@/lib/domain/schema";
import { sourceKinds, translationMark } from "@/lib/compare/provenance";
import { confidenceLabel, languageLabel, sourceKindLabel, textFormLabel } from "@/lib/format";

const confidenceTone: Record<string, BadgeTone> = { high: "good", medium: "neutral", low: "warn", unconfirmed: "bad" };

/**
 * Every mark of a text, wherever it is shown: language or translation (with who translated it), form,
 * confidence and the kinds of source it rests on. Words, not colour alone, carry each mark.
 */
export function ProvenanceBadges({
  text,
}: {
  text: Pick<ClauseText, "language" | "form" | "isTranslation" | "translatedBy" | "confidence" | "citations">;
}) {
  const kinds = sourceKinds(text);
  return (
    <span className="flex flex-wrap gap-1.5">
      {text.isTranslation ? <Badge tone="warn">{translationMark(text)}</Badge> : <Badge>{languageLabel(text.language)} original</Badge>}
      <Badge tone={text.form === "verbatim" ? "neutral" : "warn"}>{textFormLabel(text.form)}</Badge>
      <Badge tone={confidenceTone[text.confidence] ?? "neutral"}>{confidenceLabel(text.confidence)}</Badge>
      {kinds.length ? <Badge>Source: {kinds.map(sourceKindLabel).join(", ")}</Badge> : null}
    </span>
  );
}
