// The units of a structured document (a treaty's articles and paragraphs): the anchor a unit number is
// reached at, and the kinds of alignment a curator can confirm between two documents' units.

/** one-to-one: same unit, same number; renumbered: same unit, another number; moved: same unit elsewhere in
 * the structure; split: one unit became several; merged: several became one. */
export const ALIGNMENT_KINDS = ["one-to-one", "renumbered", "moved", "split", "merged"] as const;
export type AlignmentKind = (typeof ALIGNMENT_KINDS)[number];

/** "7" → "art-7"; "29(2)(b)" → "art-29-2-b". */
export function anchorOf(number: string): string {
  const parts = number.toLowerCase().match(/[0-9a-z]+/g) ?? [];
  return ["art", ...parts].join("-");
}

/** "29(2)(b)" → "Art. 29(2)(b)". */
export const unitName = (number: string): string => `Art. ${number}`;
