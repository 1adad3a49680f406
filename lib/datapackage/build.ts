// The whole catalogue of one dataset version as a Frictionless Tabular Data Package, zipped:
// datapackage.json (a Table Schema per CSV), data/*.csv, README.md, CITATION.cff and LICENSE.md. The bytes
// depend only on the version (fixed file times), so every instance serves the same file with the same ETag.
// The files are deflated by Node's zlib (yazl). In production the whole build runs in a worker thread
// (./worker.ts, ./off-thread.ts): at 500 agreements reading the catalogue, writing the CSVs and zipping
// them is half a second of work, which on the server's own thread held every other request and left the
// server slower at answering cached pages afterwards (docs/benchmark.md).
import "server-only";
import { buffer } from "node:stream/consumers";
import { ZipFile } from "yazl";
import { LRUCache } from "lru-cache";
import { toCsv } from "../text/csv";
import { stringify } from "yaml";
import type { DatasetVersionInfo } from "../data/versions";
import { LICENCE } from "../licence";
import { ApiError } from "../api/errors";
import { buildOffThread } from "./off-thread";
import { catalogueTables, type Table } from "./tables";

export const PACKAGE_NAME = "pactdiff-catalogue";

function csv(table: Table): string {
  // The site's CSV writer: formula-like cells are neutralised as in every other download (see the README).
  return toCsv(
    table.schema.fields.map((f) => f.name),
    table.rows,
  );
}

export function descriptor(tables: Table[], version: DatasetVersionInfo, site: string) {
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    id: `${site}/data/${version.id}.zip`,
    title: `Pactdiff catalogue of cyber agreements, dataset version ${version.id}`,
    description:
      "Cyber agreements between states, clause by clause: texts with their provenance, the provisions they express, scope readings, dated events, compliance assessments, sources and corrections of claims in circulation.",
    version: version.id,
    created: version.importedAt,
    homepage: site,
    keywords: ["cyber", "international agreements", "norms", "intellectual property", "economic espionage"],
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.name }],
    contributors: [{ title: "Pactdiff", role: "publisher", path: site }],
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.name,
      path: `data/${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: t.schema,
    })),
  };
}

function readme(tables: Table[], version: DatasetVersionInfo, site: string): string {
  const counts = tables.map((t) => `| \`data/${t.name}.csv\` | ${t.rows.length} | ${t.description} |`).join("\n");
  return `# Pactdiff catalogue, dataset version ${version.id}

Cyber agreements between states, clause by clause, as published by Pactdiff (${site}) on
${version.importedAt.slice(0, 10)}. This is a Frictionless Tabular Data Package: \`datapackage.json\` describes
every file, its columns, types, allowed values, primary and foreign keys.

| file | rows | what it holds |
| --- | ---: | --- |
${counts}

## Reading it
- Rows are named by what they are: \`us-china-2015/3\` is the third clause of \`us-china-2015\`,
  \`us-china-2015/3/1\` its first text. Dates are ISO 8601 to the precision known (\`2017\`, \`2017-06\`,
  \`2017-06-22\`) with a \`date_precision\` column.
- A text's \`form\` says whether it is verbatim, a truncated copy (the stored copy stops where the text
  stops) or a paraphrase; \`is_translation\` and \`confidence\` travel with it. Never quote a paraphrase as the
  agreement's wording.
- Cells that would start with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return are prefixed with \`'\` so that
  spreadsheets do not run them as formulas.
- \`evidence.csv\` is what was seen of each source: its address, and its title, publisher and date as the
  source shows them (empty: not seen). \`passages.csv\` holds the passages quoted from it, byte for byte: every
  text marked verbatim or truncated stands in a passage of a source it cites (\`sources.csv\` → \`evidence_id\`).

## Licence and citation
${LICENCE.scope} Licence: ${LICENCE.name} (${LICENCE.url}). See \`LICENSE.md\`; cite with \`CITATION.cff\`:

> Pactdiff (${version.importedAt.slice(0, 4)}). Pactdiff catalogue of cyber agreements (Version ${version.id}) [Data set].
> ${site}/data/${version.id}.zip

This version: ${site}/data/${version.id}.zip · latest: ${site}/data/latest.zip · what changed: ${site}/changes
`;
}

function citationCff(version: DatasetVersionInfo, site: string): string {
  return `# CITATION.cff (Citation File Format 1.2.0)\n${stringify({
    "cff-version": "1.2.0",
    message: "If you use this dataset, please cite it as below.",
    type: "dataset",
    title: "Pactdiff catalogue of cyber agreements",
    version: version.id,
    "date-released": version.importedAt.slice(0, 10),
    authors: [{ name: "Pactdiff" }],
    license: LICENCE.id,
    url: `${site}/data/${version.id}.zip`,
    repository: site,
    keywords: ["cyber", "international agreements", "norms"],
  })}`;
}

function licenceFile(): string {
  return `# Licence

${LICENCE.scope}

The catalogue's coding and notes: ${LICENCE.name} (${LICENCE.id}), ${LICENCE.url}.
You may share and adapt them for any purpose, provided you give appropriate credit (see CITATION.cff),
link to the licence and indicate if changes were made.

Quoted texts of agreements, statements and press releases are not covered by this licence: they remain the
work of their publishers, named with each text in \`data/sources.csv\` and \`data/evidence.csv\`.
`;
}

/** The zip's bytes for a version (deterministic: same version, same bytes). */
export async function buildDataPackage(version: DatasetVersionInfo, site: string): Promise<Uint8Array> {
  const tables = await catalogueTables(version.id);
  const files: [string, string][] = [
    ["datapackage.json", `${JSON.stringify(descriptor(tables, version, site), null, 2)}\n`],
    ["README.md", readme(tables, version, site)],
    ["CITATION.cff", citationCff(version, site)],
    ["LICENSE.md", licenceFile()],
    ...tables.map((t): [string, string] => [`data/${t.name}.csv`, csv(t)]),
  ];
  const zip = new ZipFile();
  const mtime = new Date(version.importedAt);
  for (const [name, content] of files) zip.addBuffer(Buffer.from(content, "utf8"), name, { mtime, compressionLevel: 9 });
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
