// What a valid catalogue may still hold by mistake: warnings, printed by db:check and db:import, which --strict
// refuses. Each has a code; an agreement file acknowledges one it means with `acknowledged: { code: reason }`,
// and an acknowledged warning is not printed (one that no longer applies is). See docs/curating.md, section 8.
import type { CatalogueIssue } from "./load";
import { textsOf, type Located } from "./evidence";
import { checkLanguageTag, LENGTHS } from "./fields";
import type { AgreementFile, EvidenceFile } from "./schema";

/** The warnings an agreement file may acknowledge. */
export const WARNING_CODES = [
  "year-only-date",
  "future-date",
  "weak-lineage-root",
  "unknown-translator",
  "ascii-ellipsis",
  "same-title",
  "long-note",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

type Agreement = Located<AgreementFile>;
type Path = (string | number)[];
type Warn = (path: Path, message: string, code?: WarningCode) => void;

/** A translator named only as not known. */
const UNNAMED = /^(\?+|-+|unknown|n\/?a|tbd|not known|unknown translator|anonymous)$/i;
const WEAK = new Set(["low", "unconfirmed"]);

/** The first day a partial date can mean: 2017 → 2017-01-01. */
const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

function checkDates(a: AgreementFile, today: string, warn: Warn): void {
  const dates: [Path, string, boolean][] = [
    [["date"], a.date, true],
    ...a.events.map((e, i): [Path, string, boolean] => [["events", i, "date"], e.date, true]),
    ...a.readouts.map((r, i): [Path, string, boolean] => [["readouts", i, "date"], r.date, false]),
  ];
  for (const [path, date, yearMatters] of dates) {
    if (firstDay(date) > today) {
      warn(
        path,
        `"${date}" is after today (${today}): the catalogue records what has happened; check the date the source gives`,
        "future-date",
      );
    } else if (yearMatters && date.length === 4) {
      const message = `only the year is known ("${date}"): readers will see "${date}" and no interval in months; give the month or day if a source shows it`;
      warn(path, message, "year-only-date");
    }
  }
}

function checkTexts(a: AgreementFile, warn: Warn): void {
  for (const { t, path } of textsOf(a)) {
    if (t.translatedBy && UNNAMED.test(t.translatedBy.trim())) {
      const message = `"${t.translatedBy}" does not say who translated it: name the translator (a publisher, an agency, or Pactdiff) if a source shows one`;
      warn([...path, "translatedBy"], message, "unknown-translator");
    }
    if (t.form !== "paraphrase" && t.text.includes("...")) {
      const message = `three full stops "..." in a ${t.form} text: a cut is marked with … (one character${t.form === "verbatim" ? ", and form: truncated" : ""}); keep "..." only where the source prints it`;
      warn([...path, "text"], message, "ascii-ellipsis");
    }
    const deprecated = checkLanguageTag(t.language).deprecated;
    if (deprecated) warn([...path, "language"], deprecated);
  }
  for (const [path, note] of notesOf(a)) {
    if (note.length > LENGTHS.longNote) {
      const message = `a note of ${note.length.toLocaleString("en")} characters: readers see it beside what it explains; keep it under ${LENGTHS.longNote.toLocaleString("en")} (say more in the summary, an event or a correction)`;
      warn(path, message, "long-note");
    }
  }
}

/** Every `note` field of a value, at any depth, with its path. */
function notesOf(value: unknown, path: Path = []): [Path, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => notesOf(v, [...path, i]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]): [Path, string][] =>
    k === "note" && typeof v === "string" ? [[[...path, k], v]] : notesOf(v, [...path, k]),
  );
}

/** Titles or short titles two agreements share: the later file (in name order) is warned, naming the first. */
function checkTitles(agreements: Agreement[], warnAt: (a: Agreement) => Warn): void {
  for (const field of ["title", "shortTitle"] as const) {
    const first = new Map<string, string>();
    for (const a of agreements) {
      const other = first.get(a.data[field].trim().toLowerCase());
      if (other) {
        warnAt(a)(
          [field],
          `the same ${field} as ${other}: readers could not tell them apart in lists and search; add what differs (the year, the place, the parties)`,
          "same-title",
        );
      } else first.set(a.data[field].trim().toLowerCase(), a.file);
    }
  }
}

/**
 * The earliest agreement having a provision is where its lineage starts (lib/compare/lineage.ts: every later
 * wording is traced back to it); warned when all its texts of the provision are of low or unconfirmed confidence.
 */
function checkLineageRoots(agreements: Agreement[], warnAt: (a: Agreement) => Warn): void {
  const provisions = new Set(agreements.flatMap((a) => a.data.clauses.map((c) => c.provision)));
  for (const provision of provisions) {
    const having = agreements.filter((a) => a.data.clauses.some((c) => c.provision === provision));
    const earliest = having.map((a) => firstDay(a.data.date)).sort()[0];
    for (const a of having.filter((x) => firstDay(x.data.date) === earliest)) {
      const clauses = a.data.clauses.flatMap((c, i) => (c.provision === provision ? [{ c, i }] : []));
      if (!clauses.every(({ c }) => c.texts.every((t) => WEAK.has(t.confidence)))) continue;
      const message = `the earliest text of "${provision}" in the catalogue, and every text of it here is of low or unconfirmed confidence: later wordings will be traced back to it; confirm it from a firmer source if there is one`;
      warnAt(a)(["clauses", clauses[0]!.i, "provision"], message, "weak-lineage-root");
    }
  }
}

/** Dates after today and deprecated language tags in the evidence (which acknowledges nothing: fix them). */
function evidenceWarnings(files: Located<EvidenceFile>[], today: string): CatalogueIssue[] {
  return files.flatMap((f) =>
    Object.entries(f.data.sources).flatMap(([id, s]) => {
      const at = (path: Path, message: string): CatalogueIssue => ({ file: f.file, path: path.join("."), line: f.lineAt(path), message });
      return [
        ...(["date", "copied"] as const).flatMap((k) => {
          const date = s[k];
          return date && firstDay(date) > today
            ? [at(["sources", id, k], `"${date}" is after today (${today}): write the date as seen`)]
            : [];
        }),
        ...s.passages.flatMap((p, i) => {
          const deprecated = checkLanguageTag(p.language).deprecated;
          return deprecated ? [at(["sources", id, "passages", i, "language"], deprecated)] : [];
        }),
      ];
    }),
  );
}

/** The warnings of a valid catalogue, less those its agreement files acknowledge, in file order. */
export function catalogueWarnings(agreements: Agreement[], evidence: Located<EvidenceFile>[], today: string): CatalogueIssue[] {
  const byFile = new Map<Agreement, CatalogueIssue[]>(agreements.map((a) => [a, []]));
  const warnAt =
    (a: Agreement): Warn =>
    (path, message, code) =>
      byFile.get(a)?.push({ file: a.file, path: path.join("."), line: a.lineAt(path), message, ...(code ? { code } : {}) });
  for (const a of agreements) {
    checkDates(a.data, today, warnAt(a));
    checkTexts(a.data, warnAt(a));
  }
  checkTitles(agreements, warnAt);
  checkLineageRoots(agreements, warnAt);
  const warnings = agreements.flatMap((a) => {
    const all = (byFile.get(a) ?? []).sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
    const stale = Object.keys(a.data.acknowledged)
      .filter((code) => !all.some((w) => w.code === code))
      .map((code) => ({
        file: a.file,
        path: `acknowledged.${code}`,
        line: a.lineAt(["acknowledged", code]),
        message: "nothing in this file gives this warning now: remove the acknowledgement",
      }));
    return [...all.filter((w) => !(w.code && w.code in a.data.acknowledged)), ...stale];
  });
  return [...warnings, ...evidenceWarnings(evidence, today)];
}

/**
 * A warning when the files differ from the published version's but their `released` date is earlier than its,
 * or the same day while today is later: the new version would cite with an old date. Two versions published the
 * same day share it (their version ids tell them apart). Null when the files are the published ones, when the
 * published version has no date of its own (imported before dates were kept), or when the date is later.
 */
export function releaseWarning(
  released: string,
  published: { contentHash: string; releasedOn: string | null },
  contentHash: string,
  today = new Date().toISOString().slice(0, 10),
): string | null {
  if (contentHash === published.contentHash || !published.releasedOn || released > published.releasedOn) return null;
  if (released === published.releasedOn && released >= today) return null;
  return `released: ${released} is not later than the published version's (${published.releasedOn}) though the files changed: citations and the data package would give the new version an old date; set released in vocabulary.yaml to the day you publish`;
}
