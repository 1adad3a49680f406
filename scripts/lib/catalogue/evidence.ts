// Checks the agreement files against the evidence archive (prisma/catalogue/evidence/*.yaml): every source
// an agreement cites has its evidence; every text marked verbatim or truncated stands in a passage of a
// source it cites, in its language, with its cuts where the stored passage stops (lib/evidence/quotation.ts);
// an evidence id or address is recorded once. Each problem names the file and line, and for a text that is
// not found, the nearest passage and where the two part.
import { matchQuotation, nearestPassage, runsOf } from "@/lib/evidence/quotation";
import { suggestSlugs } from "@/lib/text/suggest";
import type { CatalogueIssue } from "./load";
import type { AgreementFile, EvidenceFile } from "./schema";

/** A validated file with the line of any field path in it. */
export type Located<T> = { file: string; data: T; lineAt: (path: (string | number)[]) => number | undefined };

export type Evidence = EvidenceFile["sources"][string] & { id: string };
/** Where each passage of an evidence record stands: "evidence/us-china-2015.yaml:40". */
type PassageLines = Map<string, string[]>;
type Passage = Evidence["passages"][number] & { id: string; where: string };

const primary = (tag: string) => tag.split("-")[0]?.toLowerCase() ?? tag;

/** Every clause text of an agreement, its readouts' too, with its path. */
export function textsOf(a: AgreementFile): { t: AgreementFile["clauses"][number]["texts"][number]; path: (string | number)[] }[] {
  return [
    ...a.clauses.map((c, ci) => ({ c, path: ["clauses", ci] as (string | number)[] })),
    ...a.readouts.flatMap((r, ri) => r.clauses.map((c, ci) => ({ c, path: ["readouts", ri, "clauses", ci] as (string | number)[] }))),
  ].flatMap(({ c, path }) => c.texts.map((t, ti) => ({ t, path: [...path, "texts", ti] })));
}

/** The evidence of the whole archive by id, with the issues of ids or addresses recorded twice. */
export function indexEvidence(files: Located<EvidenceFile>[]): {
  evidence: Map<string, Evidence>;
  where: PassageLines;
  issues: CatalogueIssue[];
} {
  const evidence = new Map<string, Evidence>();
  const where: PassageLines = new Map();
  const recordedIn = new Map<string, string>();
  const byUrl = new Map<string, string>();
  const issues: CatalogueIssue[] = [];
  for (const f of files) {
    for (const [id, source] of Object.entries(f.data.sources)) {
      const at = { file: f.file, path: `sources.${id}`, line: f.lineAt(["sources", id]) };
      const other = recordedIn.get(id);
      if (other) {
        issues.push({ ...at, message: `evidence "${id}" is already recorded in ${other}: one record a source` });
        continue;
      }
      if (source.url && byUrl.has(source.url)) {
        issues.push({
          ...at,
          message: `the address ${source.url} is already recorded as evidence "${byUrl.get(source.url)}": cite that one`,
        });
        continue;
      }
      if (source.url) byUrl.set(source.url, id);
      evidence.set(id, { ...source, id });
      recordedIn.set(id, `${f.file}:${f.lineAt(["sources", id]) ?? 1}`);
      where.set(
        id,
        source.passages.map((_, i) => `${f.file}:${f.lineAt(["sources", id, "passages", i, "text"]) ?? 1}`),
      );
    }
  }
  return { evidence, where, issues };
}

/** The problems of one agreement file against the evidence. */
export function checkAgreementEvidence(a: Located<AgreementFile>, evidence: Map<string, Evidence>, where: PassageLines): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const at = (path: (string | number)[], message: string) =>
    issues.push({ file: a.file, path: path.join("."), line: a.lineAt(path), message });
  for (const [key, source] of Object.entries(a.data.sources)) {
    if (!evidence.has(source.evidence)) {
      const closest = suggestSlugs(source.evidence, [...evidence.keys()]);
      at(
        ["sources", key, "evidence"],
        `no evidence is recorded with the id "${source.evidence}"${closest.length ? ` (closest: ${closest.join(", ")})` : ""}: add what was seen of this source to prisma/catalogue/evidence/`,
      );
    }
  }
  const passagesOf = (key: string): Passage[] => {
    const e = evidence.get(a.data.sources[key]?.evidence ?? "");
    if (!e) return [];
    const lines = where.get(e.id) ?? [];
    return e.passages.map((p, i) => ({ ...p, id: e.id, where: `${lines[i] ?? e.id}, ${e.id}` }));
  };
  for (const { t, path } of textsOf(a.data)) {
    const cited = t.cite.map((c) => c.source);
    if (!cited.some((k) => evidence.get(a.data.sources[k]?.evidence ?? "")?.url)) {
      at([...path, "cite"], "a clause text must cite at least one source with an address (its evidence has no url)");
    }
    if (t.form === "paraphrase") continue;
    const candidates = cited.flatMap(passagesOf);
    const sameLanguage = candidates.filter((p) => primary(p.language) === primary(t.language));
    const reasons = new Set<string>();
    let held = false;
    for (const p of sameLanguage) {
      const match = matchQuotation(p.text, t.text, t.form);
      if (match.ok) held = true;
      else reasons.add(match.reason);
    }
    if (held) continue;
    at([...path, "text"], explain(t, cited, candidates, sameLanguage, reasons, evidence));
  }
  // A correction quotes the claim as it circulated: where the claimant's words were kept (its passages, its
  // title), the claim stands in them; "…" joins words kept apart.
  a.data.corrections.forEach((c, i) => {
    const e = evidence.get(a.data.sources[c.claimedBy]?.evidence ?? "");
    const kept = [...passagesOf(c.claimedBy), ...(e?.title ? [{ text: e.title, where: `the title of ${e.id}` }] : [])];
    if (e === undefined || e.passages.length === 0) return;
    const runs = runsOf(c.claim, /…/.test(c.claim) ? "truncated" : "verbatim").runs;
    if (runs.every((run) => kept.some((p) => p.text.includes(run)))) return;
    const near = nearestPassage(c.claim, "truncated", kept);
    at(
      ["corrections", i, "claim"],
      `the claim is not quoted as ${e.id} circulated it` +
        (near
          ? `; nearest (${near.passage.where}): "${near.excerpt}" — the claim goes on "${near.textGoesOn}", the source has "${near.passageHas}"`
          : ""),
    );
  });
  return issues;
}

function explain(
  t: AgreementFile["clauses"][number]["texts"][number],
  cited: string[],
  candidates: Passage[],
  sameLanguage: Passage[],
  reasons: Set<string>,
  evidence: Map<string, Evidence>,
): string {
  const sources = cited.join(", ");
  const other = candidates.find((p) => primary(p.language) !== primary(t.language) && matchQuotation(p.text, t.text, t.form).ok);
  if (other) return `the text is in a passage of ${other.id} in "${other.language}", but it is marked as "${t.language}"`;
  const structural = [...reasons].find((r) => r !== "not found");
  if (structural) return `${t.form} text: ${structural}`;
  if (candidates.length === 0)
    return `${t.form} text, but the sources it cites (${sources}) have no passages in their evidence: record the passage it was quoted from`;
  const elsewhere = [...evidence.values()].find((e) => e.passages.some((p) => matchQuotation(p.text, t.text, t.form).ok));
  const hint = elsewhere ? ` (it is in a passage of evidence "${elsewhere.id}", which this text does not cite)` : "";
  const near = nearestPassage(t.text, t.form, sameLanguage.length ? sameLanguage : candidates);
  if (!near) return `${t.form} text not found in a passage of ${sources}${hint}`;
  return (
    `${t.form} text not found in a passage of ${sources}${hint}; nearest passage (${near.passage.where}): ` +
    `"${near.excerpt}" — the text goes on "${near.textGoesOn}", the passage has "${near.passageHas}"`
  );
}
