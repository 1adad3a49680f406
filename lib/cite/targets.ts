import "server-only";
// Which page a citation is for: an agreement (/agreements/{slug}) or a comparison (/compare/…), always
// resolved against a dataset version so that the citation is pinned.
import { compareHref, parseCompareState, type CompareState, type View } from "../compare/state";
import { slugSchema, type AgreementDetail, type AgreementSummary } from "@/lib/domain/schema";
import { getAgreementBySlug } from "../data/agreements";
import { getComparison } from "../data/comparison";
import { provisionIndex } from "../data/catalogue-index";
import { parseProvisionState, provisionHref, type ProvisionState } from "../compare/provision-state";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import type { CiteTarget } from "./cite";
import { readQuery } from "@/lib/domain/params";
import { agreementHref } from "@/lib/urls";

const VIEW_TITLE: Record<View, string> = { clauses: "clauses compared", scope: "scope compared", dates: "dates compared" };

export function agreementCiteTarget(
  agreement: Pick<AgreementDetail | AgreementSummary, "slug" | "title" | "shortTitle">,
  version: DatasetVersionInfo,
): CiteTarget {
  return {
    key: agreement.slug,
    title: `${agreement.shortTitle}: ${agreement.title}`,
    pinnedPath: agreementHref(agreement.slug, version.id),
    versionId: version.id,
    versionDate: version.importedAt,
  };
}

export function comparisonCiteTarget(names: readonly string[], state: CompareState, version: DatasetVersionInfo): CiteTarget {
  return {
    key: state.slugs.join("-vs-"),
    title: `${names.join(" vs ")}: ${VIEW_TITLE[state.view]}`,
    pinnedPath: compareHref({ ...state, v: version.id }),
    versionId: version.id,
    versionDate: version.importedAt,
  };
}

export function provisionCiteTarget(label: string, state: ProvisionState, version: DatasetVersionInfo): CiteTarget {
  return {
    key: `provision-${state.key}`,
    title: `${label}: every wording compared`,
    pinnedPath: provisionHref({ ...state, page: 1, v: version.id }),
    versionId: version.id,
    versionDate: version.importedAt,
  };
}

export type ResolvedTarget = { ok: true; target: CiteTarget } | { ok: false; message: string; status?: 400 | 404 };

/** Resolves a page path (with its query) to what it cites; a clear reason when it names no such page. */
export async function resolveCiteTarget(page: string): Promise<ResolvedTarget> {
  let url: URL;
  try {
    url = new URL(page, "http://pactdiff.invalid");
  } catch {
    return { ok: false, message: "page must be a path of this site, such as /agreements/us-china-2015." };
  }
  const segments = url.pathname.split("/").filter(Boolean);
  const read = readQuery(url.searchParams, ["v"]);
  if (!read.ok) return { ok: false, message: `In page: ${read.problem.message}`, status: read.problem.status };
  const v = read.values.v;
  if (segments[0] === "agreements" && segments.length === 2 && segments[1]) {
    const version = await resolveVersion(v);
    if (!version) return { ok: false, message: "No dataset version has that id (v=…)." };
    const agreement = slugSchema.safeParse(segments[1]).success ? await getAgreementBySlug(version.id, segments[1]) : null;
    if (!agreement) return { ok: false, message: `No agreement in the catalogue has the slug ${segments[1].slice(0, 80)}.` };
    return { ok: true, target: agreementCiteTarget(agreement, version) };
  }
  if (segments[0] === "compare") {
    const parsed = parseCompareState(segments.slice(1), url.searchParams);
    if (!parsed.ok && parsed.kind === "invalid") return { ok: false, message: `In page: ${parsed.message}`, status: parsed.status };
    if (!parsed.ok) return { ok: false, message: "That address is not a comparison of 2 to 4 agreements." };
    const result = await getComparison(parsed.state);
    if (result.kind === "unknown-version") return { ok: false, message: "No dataset version has that id (v=…)." };
    if (result.kind === "missing") return { ok: false, message: `Unknown agreement slug(s): ${result.missing.join(", ")}.` };
    return {
      ok: true,
      target: comparisonCiteTarget(
        result.comparison.agreements.map((a) => a.shortTitle),
        parsed.state,
        result.version,
      ),
    };
  }
  if (segments[0] === "provisions" && segments.length === 2 && segments[1]) {
    const parsed = parseProvisionState(segments[1], url.searchParams);
    if (!parsed.ok && parsed.status === 400) return { ok: false, message: `In page: ${parsed.message}`, status: 400 };
    const version = await resolveVersion(v);
    if (!version) return { ok: false, message: "No dataset version has that id (v=…)." };
    const label = parsed.ok ? (await provisionIndex(version.id)).get(parsed.state.key) : undefined;
    if (!parsed.ok || !label) return { ok: false, message: `No provision in the catalogue has the key ${segments[1].slice(0, 60)}.` };
    return { ok: true, target: provisionCiteTarget(label, parsed.state, version) };
  }
  return {
    ok: false,
    message:
      "Citations are offered for agreement, comparison and provision pages (/agreements/{slug}, /compare/{slug}/{slug}…, /provisions/{key}).",
  };
}
