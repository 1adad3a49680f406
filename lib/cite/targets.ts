import "server-only";
// Which page a citation is for — an agreement (/agreements/{slug}), a comparison (/compare/…), a provision page
// (/provisions/{key}), a source (/sources/{id}) or the whole catalogue (/data, /data/{version}.zip) — always
// resolved against a dataset version so that the citation is pinned, and keyed by what it cites (./keys.ts).
import { compareHref, parseCompareState, type CompareState, type View } from "../compare/state";
import { keySchema, slugSchema, versionIdSchema, type AgreementDetail, type AgreementSummary } from "@/lib/domain/schema";
import { getAgreementBySlug } from "../data/agreements";
import { getComparison } from "../data/comparison";
import { provisionIndex } from "../data/catalogue-index";
import { getEvidence } from "../data/sources";
import { parseProvisionState, provisionHref, type ProvisionState } from "../compare/provision-state";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import type { CiteTarget } from "./cite";
import { versionTime } from "./version-date";
import { agreementKey, comparisonKey, DATASET_KEY, provisionKey, sourceKey } from "./keys";
import { readQuery } from "@/lib/domain/params";
import { sourceName, sourceTitle } from "@/lib/format";
import { agreementHref, sourceHref } from "@/lib/urls";

const VIEW_TITLE: Record<View, string> = { clauses: "clauses compared", scope: "scope compared", dates: "dates compared" };

/**
 * The date a version is cited with: its own (`released` in its files, ./version-date.ts), the date its data
 * package and CITATION.cff give, the same on every instance that imports the same files and on every day it
 * is read. Making an older version current again does not change it (that is activatedAt), nor does the
 * reader's day. Versions imported before their files gave a date cite their import date.
 */
export function versionCitationDate(version: Pick<DatasetVersionInfo, "importedAt" | "releasedOn">): string {
  return versionTime(version);
}

function pinned(version: DatasetVersionInfo): Pick<CiteTarget, "versionId" | "versionDate"> {
  return { versionId: version.id, versionDate: versionCitationDate(version) };
}

export function agreementCiteTarget(
  agreement: Pick<AgreementDetail | AgreementSummary, "slug" | "title" | "shortTitle">,
  version: DatasetVersionInfo,
): CiteTarget {
  return {
    key: agreementKey(agreement.slug),
    title: `${agreement.shortTitle}: ${agreement.title}`,
    pinnedPath: agreementHref(agreement.slug, version.id),
    ...pinned(version),
  };
}

export function comparisonCiteTarget(names: readonly string[], state: CompareState, version: DatasetVersionInfo): CiteTarget {
  return {
    key: comparisonKey(state),
    title: `${names.join(" vs ")}: ${VIEW_TITLE[state.view]}`,
    pinnedPath: compareHref({ ...state, v: version.id }),
    ...pinned(version),
  };
}

export function provisionCiteTarget(label: string, state: ProvisionState, version: DatasetVersionInfo): CiteTarget {
  return {
    key: provisionKey(state),
    title: `${label}: every wording compared`,
    pinnedPath: provisionHref({ ...state, page: 1, v: version.id }),
    ...pinned(version),
  };
}

/** A source as the catalogue saw it (/sources/{id}): its publisher and title as shown. */
export function sourceCiteTarget(
  source: { id: string; publisher: string | null; url: string | null; title: string | null },
  version: DatasetVersionInfo,
): CiteTarget {
  return {
    key: sourceKey(source.id),
    title: `${sourceName(source)}: ${sourceTitle(source)} (as seen)`,
    pinnedPath: sourceHref({ id: source.id, version: version.id }),
    ...pinned(version),
  };
}

/** The whole catalogue of one version: its data package. */
export function datasetCiteTarget(version: DatasetVersionInfo): CiteTarget {
  return { key: DATASET_KEY, title: "The whole catalogue (data package)", pinnedPath: `/data/${version.id}.zip`, ...pinned(version) };
}

export type ResolvedTarget = { ok: true; target: CiteTarget } | { ok: false; message: string; status?: 400 | 404 };

const NO_VERSION: ResolvedTarget = { ok: false, message: "No dataset version has that id (v=…)." };
const ok = (target: CiteTarget): ResolvedTarget => ({ ok: true, target });

/** A page named by one id in a version: an agreement's slug, a source's id. */
async function resolveNamed<T>(
  v: string | undefined,
  find: (versionId: string) => Promise<T | null> | null,
  notFound: string,
  toTarget: (found: T, version: DatasetVersionInfo) => CiteTarget,
): Promise<ResolvedTarget> {
  const version = await resolveVersion(v);
  if (!version) return NO_VERSION;
  const found = await find(version.id);
  return found ? ok(toTarget(found, version)) : { ok: false, message: notFound };
}

async function resolveComparison(segments: string[], query: URLSearchParams): Promise<ResolvedTarget> {
  const parsed = parseCompareState(segments, query);
  if (!parsed.ok && parsed.kind === "invalid") return { ok: false, message: `In page: ${parsed.message}`, status: parsed.status };
  if (!parsed.ok) return { ok: false, message: "That address is not a comparison of 2 to 4 agreements." };
  const result = await getComparison(parsed.state);
  if (result.kind === "unknown-version") return NO_VERSION;
  if (result.kind === "missing") return { ok: false, message: `Unknown agreement slug(s): ${result.missing.join(", ")}.` };
  return ok(
    comparisonCiteTarget(
      result.comparison.agreements.map((a) => a.shortTitle),
      parsed.state,
      result.version,
    ),
  );
}

async function resolveProvision(key: string, query: URLSearchParams, v: string | undefined): Promise<ResolvedTarget> {
  const parsed = parseProvisionState(key, query);
  if (!parsed.ok && parsed.status === 400) return { ok: false, message: `In page: ${parsed.message}`, status: 400 };
  const version = await resolveVersion(v);
  if (!version) return NO_VERSION;
  const label = parsed.ok ? (await provisionIndex(version.id)).get(parsed.state.key) : undefined;
  if (!parsed.ok || !label) return { ok: false, message: `No provision in the catalogue has the key ${key.slice(0, 60)}.` };
  return ok(provisionCiteTarget(label, parsed.state, version));
}

/** /data (the current version or v=), /data/latest.zip or /data/{version}.zip. */
async function resolveDataset(file: string | undefined, v: string | undefined): Promise<ResolvedTarget> {
  const named = file?.match(/^(.+)\.zip$/)?.[1];
  if (file !== undefined && named !== "latest" && !versionIdSchema.safeParse(named).success)
    return { ok: false, message: "A data package is /data/latest.zip or /data/{version}.zip." };
  const version = await resolveVersion(file === undefined ? v : named === "latest" ? undefined : named);
  return version ? ok(datasetCiteTarget(version)) : NO_VERSION;
}

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
  const [kind, one] = segments;
  if (kind === "agreements" && segments.length === 2 && one) {
    const find = (id: string) => (slugSchema.safeParse(one).success ? getAgreementBySlug(id, one) : null);
    return resolveNamed(v, find, `No agreement in the catalogue has the slug ${one.slice(0, 80)}.`, agreementCiteTarget);
  }
  if (kind === "compare") return resolveComparison(segments.slice(1), url.searchParams);
  if (kind === "provisions" && segments.length === 2 && one) return resolveProvision(one, url.searchParams, v);
  if (kind === "sources" && segments.length === 2 && one) {
    const find = (id: string) => (keySchema.safeParse(one).success ? getEvidence(id, one) : null);
    return resolveNamed(v, find, `No source in the catalogue has the id ${one.slice(0, 80)}.`, sourceCiteTarget);
  }
  if (kind === "data" && segments.length <= 2) return resolveDataset(one, v);
  return {
    ok: false,
    message:
      "Citations are offered for agreement, comparison, provision and source pages and the data package (/agreements/{slug}, /compare/{slug}/{slug}…, /provisions/{key}, /sources/{id}, /data/{version}.zip).",
  };
}
