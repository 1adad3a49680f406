// "Where the accounts differ", per provision, for the readouts page: which party's readouts have it and which
// lack it, which word it differently from the base (and how far), and which hold it only in another language,
// compared there with another readout in that language when one exists, or said to be missing when none does.
import { commonLanguage, comparableText, type Cell } from "./align";
import { languageLabel } from "../format";
import type { ReadoutColumn, ReadoutComparison } from "./readouts";
import { diffClauseWords, type WordDiff } from "./word-diff";

export type OtherLanguage = { name: string; language: string; against: { name: string; similarity: number } | null };
export type AccountDifference = {
  key: string;
  label: string;
  /** What the others are compared with: the base readout, or the first readout that has the provision. */
  reference: string | null;
  /** Parties whose readouts have it, and parties with readouts here that do not. */
  parties: string[];
  partiesWithout: string[];
  identical: string[];
  differently: { name: string; similarity: number | null }[];
  otherLanguage: OtherLanguage[];
  missing: string[];
  /** The same, as points a reader scans: who has it, then each difference. */
  points: string[];
  sentence: string;
};

const pct = (n: number) => `${Math.round(n * 100)}%`;
const partyOf = (c: ReadoutColumn | undefined) => c?.party?.name ?? "an outlet";

/** A readout's short name: who issued it, up to the first aside ("Xi Jinping at the joint press conference"), with the outlet when two would read alike. */
function shortNames(columns: ReadoutColumn[]): Map<string, string> {
  const head = (c: ReadoutColumn) => c.issuedBy.split(" (")[0] ?? c.issuedBy;
  const names = new Map<string, string>();
  for (const c of columns) {
    const twin = columns.some((o) => o !== c && head(o) === head(c));
    const outlet = / by (\S+)$/.exec(c.issuedBy)?.[1];
    names.set(c.slug, twin && outlet ? `${head(c)} (${outlet})` : head(c));
  }
  return names;
}

type Wording = { name: string; similarity: number | null; identical: boolean };

/** The readout compared with the reference in a language both hold, if any. */
function against(reference: Cell, cell: Cell): WordDiff | null {
  const language = commonLanguage(reference.clauses, cell.clauses);
  const a = language ? comparableText(reference.clauses, language) : null;
  const b = language ? comparableText(cell.clauses, language) : null;
  return language && a && b ? diffClauseWords(a.text, b.text, language) : null;
}

/** A readout whose wording shares no language with the reference, compared with the first other readout that has its language. */
function inItsLanguage(cell: Cell, cells: Cell[], name: (slug: string) => string): OtherLanguage | null {
  const own = cell.clauses.flatMap((c) => c.texts).find((t) => t.form !== "paraphrase");
  if (!own) return null;
  const mine = comparableText(cell.clauses, own.language);
  for (const other of cells) {
    if (other === cell) continue;
    const theirs = comparableText(other.clauses, own.language);
    if (!mine || !theirs) continue;
    const diff = diffClauseWords(theirs.text, mine.text, own.language);
    if (diff.ok) return { name: name(cell.slug), language: own.language, against: { name: name(other.slug), similarity: diff.similarity } };
  }
  return { name: name(cell.slug), language: own.language, against: null };
}

export function accountDifferences(comparison: ReadoutComparison): AccountDifference[] {
  const column = (slug: string) => comparison.columns.find((c) => c.slug === slug);
  const names = shortNames(comparison.columns);
  const name = (slug: string) => names.get(slug) ?? slug;
  const allParties = [...new Set(comparison.columns.map((c) => partyOf(c)))];
  return comparison.rows.map((row) => {
    const present = row.cells.filter((c) => c.clauses.length > 0);
    const parties = [...new Set(present.map((c) => partyOf(column(c.slug))))];
    // Against the base readout when it has the provision, else against the first that does.
    const reference = present.find((c) => c.slug === comparison.base) ?? present[0];
    const wordings: Wording[] = [];
    const otherLanguage: OtherLanguage[] = [];
    for (const cell of present) {
      if (!reference || cell === reference) continue;
      const diff = against(reference, cell);
      if (diff)
        wordings.push({ name: name(cell.slug), similarity: diff.ok ? diff.similarity : null, identical: diff.ok && diff.identical });
      else {
        const other = inItsLanguage(cell, present, name);
        if (other) otherLanguage.push(other);
      }
    }
    const difference: Omit<AccountDifference, "sentence" | "points"> = {
      key: row.provision.key,
      label: row.provision.label,
      reference: reference ? name(reference.slug) : null,
      parties,
      partiesWithout: allParties.filter((p) => !parties.includes(p)),
      identical: wordings.filter((w) => w.identical).map((w) => w.name),
      differently: wordings.filter((w) => !w.identical).map(({ name, similarity }) => ({ name, similarity })),
      otherLanguage,
      missing: row.cells.filter((c) => c.clauses.length === 0).map((c) => name(c.slug)),
    };
    const points = pointsOf(difference, present.length, row.cells.length, reference?.slug === comparison.base);
    return { ...difference, points, sentence: `${points.join("; ")}.` };
  });
}

function pointsOf(d: Omit<AccountDifference, "sentence" | "points">, present: number, total: number, againstBase: boolean): string[] {
  const parts: string[] = [];
  if (d.partiesWithout.length && d.parties.length === 1)
    parts.push(`Only in one party's readouts, ${d.parties[0]} (${present} of ${total})`);
  else parts.push(`In ${present} of ${total} readouts`);
  const like = againstBase ? "the base" : d.reference;
  if (!againstBase && d.reference && present > 1) parts.push(`not in the base: compared with ${d.reference}`);
  if (d.identical.length) parts.push(`worded as ${like} in ${d.identical.join(", ")}`);
  if (d.differently.length)
    parts.push(
      `worded differently in ${d.differently
        .map((w) => `${w.name}${w.similarity === null ? "" : ` — ${pct(w.similarity)} like ${like}`}`)
        .join("; ")}`,
    );
  for (const o of d.otherLanguage)
    parts.push(
      o.against
        ? `${o.name} has it only in ${languageLabel(o.language)}: ${pct(o.against.similarity)} like ${o.against.name} in ${languageLabel(o.language)}`
        : `${o.name} has it only in ${languageLabel(o.language)}, and no other readout here has it in ${languageLabel(o.language)}: no translation of it was seen, so it is not compared`,
    );
  return parts;
}
