// Provenance that travels with a text: what the reader must know before trusting a quotation or a diff —
// its form (verbatim, truncated copy, paraphrase), its language and whether it is a translation (and by
// whom), the curator's confidence, and what kind of source it comes from. One function per use so that the
// comparison page, the embed, the CSV and JSON, the headline and the preview image all say the same thing.
import { SOURCE_KINDS } from "@/lib/domain/codes";
import type { ClauseText } from "@/lib/domain/schema";
import { confidenceLabel, languageLabel, sourceKindLabel, textFormLabel } from "../format";

type Text = Pick<ClauseText, "language" | "form" | "isTranslation" | "translatedBy" | "confidence" | "citations">;

/** The kinds of source a text rests on, strongest first (primary, official copy, unofficial copy, press, analysis). */
export function sourceKinds(t: Pick<ClauseText, "citations">): string[] {
  const order: readonly string[] = SOURCE_KINDS;
  return [...new Set(t.citations.map((c) => c.source.kind))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** "Unofficial English translation by AFP" — empty for an original. */
export function translationMark(t: Pick<ClauseText, "language" | "isTranslation" | "translatedBy">): string {
  if (!t.isTranslation) return "";
  return `${languageLabel(t.language)} translation${t.translatedBy ? ` by ${t.translatedBy}` : ""}`;
}

/**
 * Every mark of a text, in reading order: language (or translation), form, confidence, source kinds. The
 * full line for exports and tooltips: "English · Verbatim · High confidence · Official text (copy)".
 */
export function provenanceLine(t: Text): string {
  const kinds = sourceKinds(t).map(sourceKindLabel);
  return [
    translationMark(t) || languageLabel(t.language),
    textFormLabel(t.form),
    confidenceLabel(t.confidence),
    kinds.length ? `source: ${kinds.join(", ")}` : "",
  ]
    .filter((p) => p !== "")
    .join(" · ");
}

export type Caveat = { code: "translation" | "unconfirmed" | "low" | "truncated" | "paraphrase"; label: string };

/**
 * What a reader must be told before trusting a quotation or a diff made on these texts, as phrases that
 * complete "rests on …": a translation (and whose), an UNCONFIRMED or low-confidence wording, a truncated
 * copy, a paraphrase. Empty for verbatim originals of high or medium confidence. (The kind of source is a
 * mark of every text, shown with it, not a caveat.)
 */
export function caveatsOf(texts: Text[]): Caveat[] {
  const out: Caveat[] = [];
  const translated = texts.filter((t) => t.isTranslation);
  if (translated.length) {
    const marks = [...new Set(translated.map(translationMark))].map((m) => `${/^[AEIOU]/.test(m) ? "an" : "a"} ${m}`);
    out.push({ code: "translation", label: `${marks.join(" and ")}, not the original` });
  }
  if (texts.some((t) => t.confidence === "unconfirmed")) out.push({ code: "unconfirmed", label: "an UNCONFIRMED wording" });
  else if (texts.some((t) => t.confidence === "low")) out.push({ code: "low", label: "a wording of low confidence" });
  if (texts.some((t) => t.form === "truncated")) out.push({ code: "truncated", label: "a truncated copy" });
  if (texts.some((t) => t.form === "paraphrase")) out.push({ code: "paraphrase", label: "a paraphrase, not the text" });
  return out;
}

/** "This comparison rests on an UNCONFIRMED wording; a truncated copy." — empty when there is nothing to say. */
export function caveatSentence(caveats: Caveat[]): string {
  return caveats.length ? `This comparison rests on ${caveats.map((c) => c.label).join("; ")}.` : "";
}

/** " (compared on …; …)" for a headline figure — empty when there is nothing to say. */
export function caveatSuffix(caveats: Caveat[]): string {
  return caveats.length ? ` (compared on ${caveats.map((c) => c.label).join("; ")})` : "";
}
