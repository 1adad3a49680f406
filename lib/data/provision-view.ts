import "server-only";
import { buildProvisionView, type ProvisionView } from "../compare/provision";
import type { ProvisionState } from "../compare/provision-state";
import { getProvisionCatalogue } from "./provisions";
import { resolveVersion, type DatasetVersionInfo } from "./versions";

export type ProvisionResult =
  | { kind: "ok"; view: ProvisionView; state: ProvisionState; version: DatasetVersionInfo }
  | { kind: "unknown-version" }
  | { kind: "unknown-provision" };

/** A provision page's data for a state: the version it pins (or the latest) and the state as understood. */
export async function getProvisionView(state: ProvisionState): Promise<ProvisionResult> {
  const version = await resolveVersion(state.v);
  if (!version) return { kind: "unknown-version" };
  const catalogue = await getProvisionCatalogue(version.id, state.key);
  if (!catalogue) return { kind: "unknown-provision" };
  const view = buildProvisionView(catalogue, state);
  const { ref, against, party, year, form, page } = view.understood;
  return { kind: "ok", view, version, state: { key: state.key, ref, against, party, year, form, page, ...(state.v ? { v: state.v } : {}) } };
}
