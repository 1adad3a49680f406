// The units of a structured document (a treaty's articles and paragraphs): the anchor a unit number is
// reached at, and the kinds of alignment a curator can confirm between two documents' units.

/**
 * one-to-one: one unit of each document corresponds (Malabo Art. 29(2)(b) and Budapest Art. 7); renumbered: the
 * same unit under another number, as between a draft and the adopted text (UN Art. 5 → Art. 6); moved: the same
 * unit elsewhere in the structure; split: one unit became several; merged: several became one.
 */
export const ALIGNMENT_KINDS = ["one-to-one", "renumbered", "moved", "split", "merged"] as const;
export type AlignmentKind = (typeof ALIGNMENT_KINDS)[number];

/** "7" → "art-7"; "29(2)(b)" → "art-29-2-b". */
export function anchorOf(number: string): string {
  const parts = number.toLowerCase().match(/[0-9a-z]+/g) ?? [];
  return ["art", ...parts].join("-");
}

/** "29(2)(b)" → "Art. 29(2)(b)". */
export const unitName = (number: string): string => `Art. ${number}`;
