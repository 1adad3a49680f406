// The data package's downloads, as the routes under /data answer them: the zip of a version
// (/data/{version}.zip), its descriptor (/data/{version}/datapackage.json) and each of its tables
// (/data/{version}/data/{table}.csv), so that a Frictionless tool given the descriptor's address finds the
// CSVs beside it, as in the zip. The descriptor and the CSVs are unpacked from the version's zip: an address
// serves the very bytes the zip holds. `latest` is the current version at a stable address (Content-Location
// names the pinned one); an unknown version is a 404. Every answer has a strong ETag of its bytes and a 304
// for a client that already holds them (lib/api/respond.ts).
import "server-only";
import { unzipSync } from "fflate";
import { ApiError } from "../api/errors";
import { sendBody, sendError } from "../api/respond";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import { PATH } from "../domain/params";
import { env } from "../runtime/env";
import { dataPackage } from "./build";
import { tableOfFile } from "./table-names";

const ADDRESSES =
  "Data packages are at /data/{version}.zip and /data/latest.zip, their descriptors at /data/{version}/datapackage.json and /data/latest/datapackage.json.";

type Found = { bytes: Uint8Array; path: string; contentType: string; filename?: string };

/** A version's name in a folder of /data: `latest` or a version id, as in the zips' names. */
const folderVersion = (segment: string): string | null => PATH.dataFile(`${segment}.zip`);

/** One file of a version's package, unpacked from its zip (built once per version); null when it has none. */
export async function packageFile(version: DatasetVersionInfo, path: string): Promise<Uint8Array | null> {
  const zip = await dataPackage(version, env().SITE_URL);
  return unzipSync(zip, { filter: (file) => file.name === path })[path] ?? null;
}

/** The answer for a version named `name` (null: not a name), with the file `find` picks from it. */
async function answer(
  request: Request,
  name: string | null,
  find: (version: DatasetVersionInfo) => Promise<Found | null>,
): Promise<Response> {
  try {
    if (!name) throw new ApiError("not_found", ADDRESSES);
    const pinned = name !== "latest";
    const version = await resolveVersion(pinned ? name : undefined);
    if (!version)
      throw pinned ? new ApiError("not_found", "No dataset version has that id.") : new ApiError("unavailable", "The catalogue is empty.");
    const found = await find(version);
    if (!found) throw new ApiError("not_found", `The data package has no such file. ${ADDRESSES}`);
    return sendBody(found.bytes, {
      request,
      contentType: found.contentType,
      version: version.id,
      pinned,
      filename: found.filename,
      headers: { "content-location": `/data/${found.path}` },
    });
  } catch (error) {
    return sendError(error);
  }
}

/** A file of the package at its own address: /data/{version}/{path}. */
async function inPackage(version: DatasetVersionInfo, path: string, contentType: string): Promise<Found | null> {
  const bytes = await packageFile(version, path);
  return bytes && { bytes, path: `${version.id}/${path}`, contentType };
}

/** GET /data/{version}.zip, /data/latest.zip. */
export function answerZip(request: Request, file: string): Promise<Response> {
  return answer(request, PATH.dataFile(file), async (version) => ({
    bytes: await dataPackage(version, env().SITE_URL),
    path: `${version.id}.zip`,
    contentType: "application/zip",
    filename: `pactdiff-catalogue-${version.id}.zip`,
  }));
}

/** GET /data/{version}/datapackage.json, /data/latest/datapackage.json. */
export function answerDescriptor(request: Request, folder: string): Promise<Response> {
  return answer(request, folderVersion(folder), (version) => inPackage(version, "datapackage.json", "application/json; charset=utf-8"));
}

/** GET /data/{version}/data/{table}.csv, /data/latest/data/{table}.csv: an unknown table is a 404 before any build. */
export function answerTable(request: Request, folder: string, file: string): Promise<Response> {
  const table = tableOfFile(file);
  return answer(request, table && folderVersion(folder), (version) =>
    inPackage(version, `data/${table}.csv`, "text/csv; charset=utf-8; header=present"),
  );
}
