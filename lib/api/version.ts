import "server-only";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import { readQuery } from "../domain/params";
import { ApiError, paramError } from "./errors";

/**
 * The version `?v=` pins, or the latest; a 404 ApiError for a `v` that names no version. `pinned` is
 * true whenever `v` names a version, latest or not: what that URL returns can never change.
 */
export async function versionFromRequest(request: Request): Promise<DatasetVersionInfo & { pinned: boolean }> {
  const read = readQuery(new URL(request.url).searchParams, ["v"]);
  if (!read.ok) throw paramError(read.problem);
  const v = read.values.v;
  const version = await resolveVersion(v);
  if (!version) {
    throw v ? new ApiError("not_found", "No dataset version has that id (v=…).") : new ApiError("unavailable", "The catalogue is empty.");
  }
  return { ...version, pinned: Boolean(v) };
}
