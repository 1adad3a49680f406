// How tall an embed will be at a given width, before it can report its own height: oEmbed consumers size
// the iframe from the answer's `height`, and a table that stacks into cards on a phone is several times
// taller than at 800 px. A text-layout estimate from the embed's own stylesheet (./styles.ts): 15 px type
// with 1.5 line height, 12 px meta lines, the first column 26 % wide, cards under 480 px.
import type { Source } from "@/lib/domain/schema";
import { uniqueSources } from "./sources";
import type { Comparison } from "../compare/comparison";
import { provenanceLine } from "../compare/provenance";
import { cellNotes } from "./render";
import { shownRows, type EmbedState } from "./state";
import { EMBED_HEIGHT_RANGE } from "./snippet";
import { widthOf } from "../text/words";

const LINE = 22.5; // 15 px × 1.5
const SMALL_LINE = 18; // 12 px meta lines
const CHAR = 7.4; // mean advance of 15 px sans/serif text, a wide (CJK) character counted double (widthOf)
const SMALL_CHAR = 6.2;
const CELL_PAD = 17; // 8 px padding top and bottom, 1 px rule
const BODY_PAD = 24;
export const STACK_BELOW = 481; // the stylesheet's max-width:480px

/** Lines a text takes in a box `width` px wide (words are not broken, so at least one line per word overflow). */
export function lines(text: string, width: number, char = CHAR): number {
  if (!text) return 0;
  const perLine = Math.max(8, Math.floor(width / char));
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil((widthOf(para) * 1.08) / perLine)), 0);
}

type Block = { text: string; small?: boolean };

function blockHeight(blocks: Block[], width: number): number {
  return blocks.reduce((h, b) => h + (b.small ? lines(b.text, width, SMALL_CHAR) * SMALL_LINE : lines(b.text, width) * LINE), 0);
}

/** Height of a table of rows, each a header cell and one cell per column, at the given width. */
function tableHeight(rows: { head: Block[]; cells: Block[][] }[], width: number, headCols: string[], firstShare: number): number {
  const content = width - BODY_PAD;
  if (width < STACK_BELOW) {
    // Cards: the row header, then each cell under its label, full width; 12 px between cards.
    const inner = content - 2;
    return rows.reduce(
      (h, r) =>
        h +
        12 +
        2 +
        CELL_PAD +
        blockHeight(r.head, inner - 16) +
        r.cells.reduce((c, cell) => c + CELL_PAD + 20 + blockHeight(cell, inner - 16), 0),
      0,
    );
  }
  const first = content * firstShare;
  const other = (content - first) / Math.max(1, rows[0]?.cells.length ?? 1);
  const header = CELL_PAD + Math.max(...headCols.map((h) => lines(h, other - 16, 7) * 21), 21) + SMALL_LINE;
  return (
    header +
    rows.reduce((h, r) => h + CELL_PAD + Math.max(blockHeight(r.head, first - 16), ...r.cells.map((c) => blockHeight(c, other - 16))), 0)
  );
}

/** Sources with an address cited by what the embed shows (its footer lists them). */
export function citedSourceCount(comparison: Comparison, state: EmbedState): number {
  const cited: Source[] = [];
  const add = (citations: { source: Source }[]) => citations.forEach((c) => cited.push(c.source));
  if (state.view === "scope") comparison.scope.rows.forEach((r) => r.cells.forEach((c) => c.readings.forEach((x) => add(x.citations))));
  else if (state.view === "dates") comparison.timeline.events.forEach((e) => add(e.citations));
  else
    shownRows(comparison.rows, state).forEach((r) =>
      r.cells.forEach((c) => c.clauses.forEach((cl) => cl.texts.forEach((t) => add(t.citations)))),
    );
  return uniqueSources(cited).length;
}

export function estimateEmbedHeight(comparison: Comparison, state: EmbedState, width: number): number {
  const sources = citedSourceCount(comparison, state);
  const names = comparison.agreements.map((a) => a.shortTitle);
  const content = width - BODY_PAD;
  let table: number;
  if (state.view === "scope") {
    table = tableHeight(
      comparison.scope.rows.map((row) => ({
        head: [{ text: row.category.label }, { text: "Differs", small: true }],
        cells: row.cells.map((c) =>
          c.readings.length
            ? c.readings.flatMap((r) => [{ text: `${r.position} per ${r.basis}` }, { text: r.note }])
            : [{ text: "Not assessed" }],
        ),
      })),
      width,
      names,
      0.26,
    );
  } else if (state.view === "dates") {
    table = tableHeight(
      comparison.timeline.events.map((e) => ({
        head: [{ text: e.date }],
        cells: [
          [{ text: e.slug }],
          [{ text: e.kind, small: true }, { text: `${e.title}${e.assessor ? ` ${e.assessor}: ${e.finding ?? ""}` : ""}` }],
        ],
      })),
      width,
      ["Agreement", "Event"],
      0.2,
    );
  } else {
    table = tableHeight(
      shownRows(comparison.rows, state).map((row) => ({
        head: [{ text: row.provision.label }, { text: "Reworded (88% similar)", small: true }],
        cells: row.cells.map((cell) => {
          if (cell.clauses.length === 0) return [{ text: "No such provision." }];
          const diffText =
            state.diff === "words" && cell.diff?.ok && !cell.diff.identical ? cell.diff.parts.map((p) => p.text).join(" ") : null;
          const text = diffText ?? cell.clauses.map((c) => (c.texts.find((t) => t.language === "en") ?? c.texts[0])?.text ?? "").join("\n");
          const notes = cellNotes(cell, diffText !== null);
          return [
            ...(notes.caveat ? [{ text: notes.caveat, small: true }] : []),
            { text },
            ...notes.shown.map((t) => ({ text: provenanceLine(t), small: true })),
            ...notes.originals.flatMap((t) => [{ text: t.text }, { text: `Original: ${provenanceLine(t)}`, small: true }]),
            ...(cell.diff?.ok ? [{ text: "88% similar to base", small: true }] : []),
            { text: cell.clauses.map((c) => c.label).join("; "), small: true },
          ];
        }),
      })),
      width,
      names,
      0.26,
    );
  }
  const caption =
    LINE +
    lines(
      "Clauses aligned by provision; words that differ from the base are struck through (deleted) or underlined (inserted).",
      content,
      SMALL_CHAR,
    ) *
      20 +
    8;
  const footer =
    10 +
    SMALL_LINE *
      (lines("From Pactdiff: names · dataset version 0123456789ab · CSV · JSON", content, SMALL_CHAR) +
        lines(
          "Cite: Pactdiff. (2026). A vs B: clauses compared (Version 0123456789ab) [Data set]. Pactdiff. https://example.org/compare/a/b?v=0123456789ab Accessed 2026-01-01. BibTeX · RIS · CSL-JSON. Coding and notes: CC BY 4.0; quoted texts remain their publishers'.",
          content,
          SMALL_CHAR,
        ) +
        1 +
        sources * Math.max(1, lines("Publisher: a source title of average length for the catalogue", content - 18, SMALL_CHAR)));
  const total = Math.ceil(BODY_PAD + caption + table + footer);
  return Math.min(EMBED_HEIGHT_RANGE.max, Math.max(EMBED_HEIGHT_RANGE.min, total));
}
