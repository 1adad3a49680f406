// One provision across the whole catalogue: every agreement's wording of it in date order, each diffed
// against a reference (the earliest by default, or any chosen agreement) or against the wording before it,
// and for each wording the closest earlier one in the catalogue (its likely model). Pure: the data layer
// fetches, this computes, the page, the exports and the preview image render.
//
// Bounded for long catalogues: the lineage (./lineage.ts) compares bags of words, once per version and
// provision; word diffs, which cost far more, are made only for the wordings on one page
// (PROVISION_PAGE_SIZE) and the matrix is that page's.
import type { Against, AgreementRef, Clause, ClauseText } from "@/lib/domain/schema";
import type { Lineage, ProvisionAgreement, Wording } from "./lineage";
import { caveatsOf, type Caveat } from "./provenance";
import { diffClauseWords, type WordDiff } from "./word-diff";

export { lineageOf, wordingsOf, type Lineage, type ProvisionAgreement, type ProvisionEntry, type Wording } from "./lineage";

export const PROVISION_PAGE_SIZE = 20;

export type { Against } from "@/lib/domain/codes";

export type Step = {
  /** What was diffed against, and the diff: the reference, the previous wording, or nothing (the base). */
  against: AgreementRef | null;
  diff: WordDiff | null;
  why: string | null;
};

export type ProvisionRow = {
  position: number;
  agreement: ProvisionAgreement;
  clauses: Clause[];
  language: string | null;
  /** The texts the wording was made of (their provenance goes with every figure shown for it). */
  compared: ClauseText[];
  caveats: Caveat[];
  isReference: boolean;
  step: Step;
  /** The closest earlier wording in the catalogue, with the word diff from it: what was dropped and added. */
  model: { slug: string; shortTitle: string; date: string; diff: WordDiff | null; caveats: Caveat[] } | null;
};

export type MatrixCell = { similarity: number | null; why: string | null };
export type Matrix = { slugs: string[]; names: string[]; cells: MatrixCell[][] };

function compareWordings(base: Wording | undefined, other: Wording): { diff: WordDiff | null; why: string | null } {
  if (!base?.text || !other.text) return { diff: null, why: "No verbatim text to compare." };
  if (base.text.language !== other.text.language) return { diff: null, why: "No verbatim text in a common language." };
  return { diff: diffClauseWords(base.text.text, other.text.text, other.text.language), why: null };
}

const ref = (w: Wording): AgreementRef => ({ slug: w.entry.agreement.slug, shortTitle: w.entry.agreement.shortTitle });

/**
 * The rows of one page: `shown` are the positions in `wordings` that the filters keep (date order), `page`
 * the slice of them on this page; each is diffed against the reference or against the wording shown before it.
 */
export function provisionRows(
  wordings: Wording[],
  lineage: Lineage,
  shown: number[],
  page: { from: number; to: number },
  reference: number,
  against: Against,
): ProvisionRow[] {
  const base = wordings[reference];
  return shown.slice(page.from, page.to).flatMap((i, k) => {
    const w = wordings[i];
    if (!w) return [];
    const previous = shown[page.from + k - 1];
    const compareTo = against === "reference" ? (i === reference ? null : base) : previous === undefined ? null : wordings[previous];
    const { diff, why } = compareTo ? compareWordings(compareTo, w) : { diff: null, why: null };
    const parentIndex = lineage[i]?.parent ?? null;
    const parent = parentIndex === null ? undefined : wordings[parentIndex];
    const texts = w.text?.texts ?? [];
    return [
      {
        position: i,
        agreement: w.entry.agreement,
        clauses: w.entry.clauses,
        language: w.text?.language ?? null,
        compared: texts,
        caveats: caveatsOf(compareTo?.text ? [...texts, ...compareTo.text.texts] : texts),
        isReference: i === reference,
        step: { against: compareTo ? ref(compareTo) : null, diff, why },
        model: parent
          ? {
              ...ref(parent),
              date: parent.entry.agreement.date,
              diff: compareWordings(parent, w).diff,
              // A model resting on a cut copy or a weak quotation says so wherever it is named.
              caveats: caveatsOf(parent.text?.texts ?? []).filter(
                (c) => c.code === "truncated" || c.code === "low" || c.code === "unconfirmed",
              ),
            }
          : null,
      },
    ];
  });
}

/** Word-diff similarity of every pair of the given wordings (a page of them: at most PROVISION_PAGE_SIZE²). */
export function similarityMatrix(wordings: Wording[], indices: number[]): Matrix {
  const chosen = indices.flatMap((i) => (wordings[i] ? [wordings[i]] : []));
  const cells = chosen.map(() => chosen.map((): MatrixCell => ({ similarity: null, why: null })));
  chosen.forEach((a, r) => {
    chosen.forEach((b, c) => {
      if (c < r) return;
      const row = cells[r];
      const mirror = cells[c];
      if (!row || !mirror) return;
      if (r === c) {
        row[c] = { similarity: a.text ? 1 : null, why: a.text ? null : "No verbatim text." };
        return;
      }
      const { diff, why } = compareWordings(a, b);
      const cell: MatrixCell = diff?.ok
        ? { similarity: diff.similarity, why: null }
        : { similarity: null, why: diff && !diff.ok ? diff.message : why };
      row[c] = cell;
      mirror[r] = cell;
    });
  });
  return { slugs: chosen.map((w) => w.entry.agreement.slug), names: chosen.map((w) => w.entry.agreement.shortTitle), cells };
}

/** The words a diff dropped and added, each run quoted once, for a line of the lineage chart or a CSV cell. */
export function changesOf(diff: WordDiff | null): { dropped: string[]; added: string[] } {
  if (!diff?.ok) return { dropped: [], added: [] };
  const runs = (kind: "delete" | "insert") => [
    ...new Set(
      diff.parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text.trim())
        .filter((t) => /[\p{L}\p{N}]/u.test(t)),
    ),
  ];
  return { dropped: runs("delete"), added: runs("insert") };
}

export type ProvisionFilters = { party?: string; year?: number; form?: string };
export type ProvisionViewInput = { ref?: string; against: Against; page: number } & ProvisionFilters;

export type ProvisionView = {
  provision: { key: string; label: string; description: string };
  /** Wordings in the catalogue, and how many the filters keep. */
  total: number;
  matching: number;
  page: number;
  pages: number;
  /** The first row's position among the matching wordings (0-based), for "Showing 21–40". */
  offset: number;
  reference: { slug: string; shortTitle: string; date: string } | null;
  rows: ProvisionRow[];
  matrix: Matrix;
  /** What the filters can take: the parties, years and forms that occur among this provision's wordings. */
  options: {
    parties: { code: string; name: string }[];
    years: number[];
    forms: string[];
    agreements: { slug: string; shortTitle: string; date: string }[];
  };
  /** The input as understood: unknown agreements, parties, years and forms are dropped, the page clamped. */
  understood: ProvisionViewInput;
};

/** What the filters can take: the parties (by name), years and forms that occur among the wordings. */
function filterOptions(agreements: ProvisionAgreement[]): Omit<ProvisionView["options"], "agreements"> {
  const parties = [...new Map(agreements.flatMap((a) => a.parties).map((p) => [p.code, p])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const years = [...new Set(agreements.map((a) => a.year))].sort((a, b) => a - b);
  const forms = [...new Set(agreements.map((a) => a.form))].sort();
  return { parties, years, forms };
}

/** The filters as understood (a value none of the wordings has is dropped) and the positions of the wordings they keep. */
function filtered(wordings: Wording[], options: Omit<ProvisionView["options"], "agreements">, input: ProvisionFilters) {
  const party = options.parties.some((p) => p.code === input.party) ? input.party : undefined;
  const year = input.year !== undefined && options.years.includes(input.year) ? input.year : undefined;
  const form = options.forms.find((f) => f === input.form);
  const shown = wordings.flatMap((w, i) => {
    const a = w.entry.agreement;
    const keep =
      (!party || a.parties.some((p) => p.code === party)) && (year === undefined || a.year === year) && (!form || a.form === form);
    return keep ? [i] : [];
  });
  return { party, year, form, shown };
}

/** The page of a provision for one state: filters, reference, diffs, lineage steps and the page's matrix. */
export function buildProvisionView(
  catalogue: { provision: ProvisionView["provision"]; wordings: Wording[]; lineage: Lineage },
  input: ProvisionViewInput,
): ProvisionView {
  const { wordings, lineage } = catalogue;
  const agreements = wordings.map((w) => w.entry.agreement);
  const { parties, years, forms } = filterOptions(agreements);
  const { party, year, form, shown } = filtered(wordings, { parties, years, forms }, input);
  const chosen = input.ref === undefined ? -1 : wordings.findIndex((w) => w.entry.agreement.slug === input.ref && w.text !== null);
  const reference =
    chosen >= 0
      ? chosen
      : Math.max(
          0,
          wordings.findIndex((w) => w.text !== null),
        );
  const pages = Math.max(1, Math.ceil(shown.length / PROVISION_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pages);
  const from = (page - 1) * PROVISION_PAGE_SIZE;
  const to = Math.min(shown.length, from + PROVISION_PAGE_SIZE);
  const ref = wordings[reference]?.entry.agreement;
  return {
    provision: catalogue.provision,
    total: wordings.length,
    matching: shown.length,
    page,
    pages,
    offset: from,
    reference: ref ? { slug: ref.slug, shortTitle: ref.shortTitle, date: ref.date } : null,
    rows: provisionRows(wordings, lineage, shown, { from, to }, reference, input.against),
    matrix: similarityMatrix(wordings, shown.slice(from, to)),
    options: { parties, years, forms, agreements: agreements.map((a) => ({ slug: a.slug, shortTitle: a.shortTitle, date: a.date })) },
    understood: {
      ...(chosen >= 0 && input.ref ? { ref: input.ref } : {}),
      against: input.against,
      page,
      ...(party ? { party } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(form ? { form } : {}),
    },
  };
}
