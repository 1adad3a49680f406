// The whole catalogue of one dataset version as a Frictionless Tabular Data Package, zipped:
// datapackage.json (a Table Schema per CSV), the data/ folder and its CSVs, README.md, CITATION.cff and
// LICENSE.md (written by ./package-files.ts). The bytes depend only on the version and the site's address (the
// files' times are the version's own day), so every instance serves the same file with the same ETag.
// The files are deflated by Node's zlib (yazl). In production the whole build runs in a worker thread
// (./worker.ts, ./off-thread.ts): at 500 agreements reading the catalogue, writing the CSVs and zipping
// them is half a second of work, which on the server's own thread held every other request and left the
// server slower at answering cached pages afterwards (docs/benchmark.md).
import "server-only";
import { buffer } from "node:stream/consumers";
import { ZipFile } from "yazl";
import { LRUCache } from "lru-cache";
import type { DatasetVersionInfo } from "../data/versions";
import { ApiError } from "../api/errors";
import { versionDay } from "../cite/version-date";
import { buildOffThread } from "./off-thread";
import { packageFiles } from "./package-files";
import { catalogueTables } from "./tables";

/** The zip's bytes for a version (deterministic: same version, same bytes). */
export async function buildDataPackage(version: DatasetVersionInfo, site: string): Promise<Uint8Array> {
  const files = packageFiles(await catalogueTables(version.id), version, site);
  const zip = new ZipFile();
  // The version's own day as the files' time, written only in the zip's DOS fields, which hold a local date
  // and time: midnight of that day, the same bytes whatever the server's time zone or the day it imported.
  const [y, m, d] = versionDay(version).split("-").map(Number);
  const mtime = new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1);
  const times = { mtime, forceDosTimestamp: true };
  const folders = new Set<string>();
  for (const [name, content] of files) {
    // Each folder's own entry before the files in it: readers that unpack a zip entry by entry (the
    // Frictionless JavaScript library's Package.load) create the folder from it, and fail without it.
    const folder = name.slice(0, name.lastIndexOf("/") + 1);
    if (folder && !folders.has(folder)) {
      folders.add(folder);
      zip.addEmptyDirectory(folder, times);
    }
    zip.addBuffer(Buffer.from(content, "utf8"), name, { ...times, compressionLevel: 9 });
  }
  zip.end();
  return new Uint8Array(await buffer(zip.outputStream));
}

// Zips are kept per version (a few MB at most at 500 agreements), a handful at a time; one build per
// version however many ask at once, in a worker thread (./worker.ts) when the build has compiled one.
// Builds of different versions run one at a time, with a short queue: asked for forty versions at once, the
// server builds one (a worker's memory, not forty) and tells the rest to come back (503 + Retry-After).
const built = new LRUCache<string, Uint8Array>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (b) => Math.max(1, b.byteLength) });
const building = new Map<string, Promise<Uint8Array>>();
export const BUILD_QUEUE = { concurrent: 1, waiting: 4 };
let running = 0;
const waiting: (() => void)[] = [];

export async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= BUILD_QUEUE.concurrent) {
    if (waiting.length >= BUILD_QUEUE.waiting) {
      throw new ApiError("unavailable", "Other data packages are being built. Try again in a minute, or download /data/latest.zip.");
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function dataPackage(version: DatasetVersionInfo, site: string): Promise<Uint8Array> {
  const key = `${version.id} ${site}`;
  const hit = built.get(key);
  if (hit) return Promise.resolve(hit);
  let pending = building.get(key);
  if (!pending) {
    pending = inTurn(() => buildOffThread(version, site, buildDataPackage))
      .then((bytes) => {
        built.set(key, bytes);
        return bytes;
      })
      .finally(() => building.delete(key));
    building.set(key, pending);
  }
  return pending;
}
