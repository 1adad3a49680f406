// Open-data representations of a provision page: one row per wording (the CSV and the JSON's `table`
// share it), each with its provenance, the diff against what it was compared with, its closest earlier
// wording and what changed from it, the dataset version and the attribution the licence asks for.
import { attribution, LICENCE_FIELD } from "../licence";
import { changesOf, type ProvisionRow, type ProvisionView } from "./provision";
import { provisionHref, type ProvisionState } from "./provision-state";
import { caveatsOf, provenanceLine } from "./provenance";

export const PROVISION_COLUMNS = [
  "provision_key",
  "provision",
  "agreement_slug",
  "agreement",
  "agreement_date",
  "parties",
  "form",
  "is_reference",
  "compared_with",
  "similarity",
  "words_deleted",
  "words_inserted",
  "closest_earlier",
  "closest_earlier_similarity",
  "dropped_from_closest",
  "added_to_closest",
  "language",
  "provenance",
  "caveats",
  "clause_labels",
  "text",
  "source_urls",
  "dataset_version",
  "attribution",
] as const;
export type ProvisionTableRow = Record<(typeof PROVISION_COLUMNS)[number], string>;

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ""))];

function tableRow(view: ProvisionView, r: ProvisionRow, versionId: string, cite: string): ProvisionTableRow {
  const diff = r.step.diff?.ok ? r.step.diff : null;
  // A wording that could not be compared (a paraphrase, no shared language) still says what it is and why.
  const shown = r.compared.length ? r.compared : r.clauses.flatMap((c) => c.texts);
  const caveats = r.caveats.length ? r.caveats : caveatsOf(shown);
  const step = changesOf(r.model?.diff ?? null);
  return {
    provision_key: view.provision.key,
    provision: view.provision.label,
    agreement_slug: r.agreement.slug,
    agreement: r.agreement.shortTitle,
    agreement_date: r.agreement.date,
    parties: r.agreement.parties.map((p) => p.code).join(" "),
    form: r.agreement.form,
    is_reference: String(r.isReference),
    compared_with: r.step.against?.slug ?? "",
    similarity: diff ? diff.similarity.toFixed(3) : "",
    words_deleted: diff
      ? diff.parts
          .filter((p) => p.kind === "delete")
          .map((p) => p.text.trim())
          .join(" | ")
      : "",
    words_inserted: diff
      ? diff.parts
          .filter((p) => p.kind === "insert")
          .map((p) => p.text.trim())
          .join(" | ")
      : "",
    closest_earlier: r.model?.slug ?? "",
    closest_earlier_similarity: r.model?.diff?.ok ? r.model.diff.similarity.toFixed(3) : "",
    dropped_from_closest: step.dropped.join(" | "),
    added_to_closest: step.added.join(" | "),
    language: r.language ?? "",
    provenance: shown.map(provenanceLine).join(" | "),
    caveats: caveats.map((c) => c.label).join(" | "),
    clause_labels: r.clauses.map((c) => c.label).join(" | "),
    text: shown.map((t) => t.text).join(" … "),
    source_urls: unique(shown.flatMap((t) => t.citations.map((c) => c.source.url ?? ""))).join(" "),
    dataset_version: versionId,
    attribution: cite,
  };
}

export function provisionTable(view: ProvisionView, versionId: string, pinnedUrl: string): ProvisionTableRow[] {
  const cite = attribution(versionId, pinnedUrl);
  return view.rows.map((r) => tableRow(view, r, versionId, cite));
}

export function provisionDocument(view: ProvisionView, state: ProvisionState, version: { id: string; isLatest: boolean }, siteUrl: string) {
  const pinnedUrl = `${siteUrl}${provisionHref({ ...state, v: version.id })}`;
  return {
    dataset_version: version.id,
    latest: version.isLatest,
    url: `${siteUrl}${provisionHref({ ...state, v: undefined })}`,
    pinned_url: pinnedUrl,
    licence: LICENCE_FIELD,
    cite_as: attribution(version.id, pinnedUrl),
    methodology: `${siteUrl}/methodology`,
    provision: view.provision,
    reference: view.reference,
    against: state.against,
    filters: { party: state.party ?? null, year: state.year ?? null, form: state.form ?? null },
    total: view.total,
    matching: view.matching,
    page: view.page,
    pages: view.pages,
    wordings: view.rows.map((r) => ({
      agreement: { ...r.agreement, url: `${siteUrl}/agreements/${r.agreement.slug}` },
      is_reference: r.isReference,
      language: r.language,
      compared_with: r.step.against,
      similarity: r.step.diff?.ok ? r.step.diff.similarity : null,
      diff: r.step.diff?.ok && !r.step.diff.identical ? r.step.diff.parts : null,
      note: r.step.why ?? (r.step.diff && !r.step.diff.ok ? r.step.diff.message : null),
      closest_earlier: r.model
        ? {
            slug: r.model.slug,
            short_title: r.model.shortTitle,
            date: r.model.date,
            similarity: r.model.diff?.ok ? r.model.diff.similarity : null,
            ...changesOf(r.model.diff),
          }
        : null,
      compared_texts: r.compared.map((t) => ({ language: t.language, provenance: provenanceLine(t) })),
      caveats: r.caveats.map((c) => c.label),
      clauses: r.clauses,
    })),
    matrix: view.matrix,
    columns: PROVISION_COLUMNS,
    table: provisionTable(view, version.id, pinnedUrl),
  };
}
