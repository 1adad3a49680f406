// What db:check suggests for texts a curator adds (never required, never a warning): a provision for a clause
// that has none, from the clause elsewhere that holds most of its wording and has one; and an alignment for a
// treaty's article that another treaty's article largely holds, when neither file records one. Both come from
// the reuse index (lib/text/reuse-index.ts) over the files' own clauses.
import { findReuse, type Passage } from "@/lib/text/reuse-index";
import type { Catalogue } from "./load";

type Unit = { slug: string; label: string; number: string | undefined; provision: string | undefined };

/** Shares at or above this suggest an alignment between two treaties' articles. */
const ALIGN_AT = 0.6;
const SHOWN = 20;

export function suggestions(catalogue: Catalogue): string[] {
  const units: Unit[] = [];
  const passages: Passage[] = [];
  for (const a of catalogue.agreements) {
    for (const c of a.clauses) {
      const id = units.push({ slug: a.slug, label: c.label, number: c.number, provision: c.provision }) - 1;
      for (const t of c.texts) if (t.form !== "paraphrase") passages.push({ id, document: a.slug, language: t.language, text: t.text });
    }
  }
  const aligned = alignedPairs(catalogue);
  const out = new Set<string>();
  for (const r of findReuse(passages)) {
    const [from, to] = [units[r.from]!, units[r.to]!];
    const share = `${Math.round(r.share * 100)}% of its wording is in ${to.slug} ${to.label}`;
    if (!from.provision && to.provision) out.add(`${from.slug} ${from.label} has no provision: ${share}, filed under ${to.provision}.`);
    const pair = `${from.slug} ${from.number}|${to.slug} ${to.number}`;
    if (from.number && to.number && r.share >= ALIGN_AT && !aligned.has(pair))
      out.add(`${from.slug} ${from.label} may be the counterpart of ${to.slug} ${to.label} (${share}): confirm it under alignments if so.`);
  }
  const lines = [...out];
  return lines.length > SHOWN ? [...lines.slice(0, SHOWN), `… and ${lines.length - SHOWN} more.`] : lines;
}

/** "slug number|slug number" for every confirmed pair, both ways. */
function alignedPairs(catalogue: Catalogue): Set<string> {
  const pairs = new Set<string>();
  for (const a of catalogue.agreements)
    for (const alignment of a.alignments)
      for (const p of alignment.pairs)
        for (const x of p.these)
          for (const y of p.those) pairs.add(`${a.slug} ${x}|${alignment.with} ${y}`).add(`${alignment.with} ${y}|${a.slug} ${x}`);
  return pairs;
}
