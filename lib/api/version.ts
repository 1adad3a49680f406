import "server-only";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import { ApiError } from "./errors";

/**
 * The version `?v=` pins, or the latest; a 404 ApiError for a `v` that names no version. `pinned` is
 * true whenever `v` names a version, latest or not: what that URL returns can never change.
 */
export async function versionFromRequest(request: Request): Promise<DatasetVersionInfo & { pinned: boolean }> {
  const v = new URL(request.url).searchParams.get("v");
  const version = await resolveVersion(v || undefined);
  if (!version) {
    throw v ? new ApiError("not_found", "No dataset version has that id (v=…).") : new ApiError("unavailable", "The catalogue is empty.");
  }
  return { ...version, pinned: Boolean(v) };
}
