// Which thing a citation is of, written as a key: one key per cited thing (an agreement, a comparison of some
// agreements in an order and a view, a provision page with its choices, a source, the whole catalogue), pinned
// to a dataset version. Keys are made from what is cited and the version's id (a hash of the catalogue's
// files), never from the server, the import date or the access date, so every copy of the site gives the same
// key for the same thing and different keys for different things: a bibliography can hold them all.
import { createHash } from "node:crypto";
import type { CompareState, ProvisionState } from "@/lib/domain/schema";

/** An agreement: its slug (slugs hold no "/", so no other kind of key can equal one). */
export function agreementKey(slug: string): string {
  return slug;
}

/** A comparison: its agreements in their order (the first is the base), its view, and "plain" without word differences. */
export function comparisonKey(state: Pick<CompareState, "slugs" | "view" | "diff">): string {
  return ["compare", ...state.slugs, state.view, ...(state.diff === "off" ? ["plain"] : [])].join("/");
}

/** A provision page: the provision and every choice that changes what the page shows (not the page number). */
export function provisionKey(state: Pick<ProvisionState, "key" | "ref" | "against" | "party" | "year" | "form">): string {
  const parts = ["provision", state.key];
  if (state.ref) parts.push(`ref.${state.ref}`);
  if (state.against === "previous") parts.push("previous");
  if (state.party) parts.push(`party.${state.party}`);
  if (state.year !== undefined) parts.push(`year.${state.year}`);
  if (state.form) parts.push(`form.${state.form}`);
  return parts.join("/");
}

/** A source as the catalogue saw it. */
export function sourceKey(id: string): string {
  return `source/${id}`;
}

/** The whole catalogue of a version (its data package): the version alone names it. */
export const DATASET_KEY = "";

/**
 * The key a bibliography files the citation under (BibTeX's key, CSL-JSON's id and citation-key), e.g.
 * pactdiff:aukmin-2017:d24017fcbe08 or pactdiff:compare/us-china-2015/canada-china-2017/clauses:d24017fcbe08.
 * Only letters, digits and - : / . _ , which BibTeX, biber and pandoc all accept in a key.
 */
export function citationKey(key: string, versionId: string): string {
  const safe = key.replace(/[^A-Za-z0-9/.-]/g, "_");
  return safe ? `pactdiff:${safe}:${versionId}` : `pactdiff:${versionId}`;
}

/**
 * The RIS record id (ID): RIS allows 20 characters, which a key does not fit, so it is "pactdiff" and the first
 * 12 hex digits of the key's SHA-256. Different keys give different ids (a clash would take about 2^24 keys).
 */
export function risId(citationKeyText: string): string {
  return `pactdiff${createHash("sha256").update(citationKeyText).digest("hex").slice(0, 12)}`;
}

/** A download's file name for a citation, without its extension: the key with file-safe separators. */
export function citationFileStem(key: string, versionId: string): string {
  const stem = key.replace(/[^A-Za-z0-9-]+/g, "-");
  return stem ? `pactdiff-${stem}-${versionId}` : `pactdiff-${versionId}`;
}
