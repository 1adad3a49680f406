// The files of one version's data package, as text: datapackage.json (the Frictionless descriptor, a Table
// Schema per CSV, with the package's sources and contributors), README.md, CITATION.cff, LICENSE.md and one
// CSV per table. The README is written from the tables themselves: their row counts, an id read from the
// clauses, what the readouts and the evidence hold in this version. ./build.ts zips them.
import { stringify } from "yaml";
import type { DatasetVersionInfo } from "../data/versions";
import { versionDay, versionTime } from "../cite/version-date";
import { LICENCE } from "../licence";
import { toCsv } from "../text/csv";
import type { Table } from "./table-schema";

export const PACKAGE_NAME = "pactdiff-catalogue";

const rowsOf = (tables: Table[], name: string) => tables.find((t) => t.name === name)?.rows ?? [];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function csv(table: Table): string {
  // The site's CSV writer: formula-like cells are neutralised as in every other download (see the README).
  // Plain UTF-8 without a byte order mark, as the Frictionless specification expects.
  return toCsv(
    table.schema.fields.map((f) => f.name),
    table.rows,
  );
}

/** Where the rows come from: the sources each agreement cites, listed with what was seen of each. */
function sources(tables: Table[]) {
  const seen = rowsOf(tables, "evidence").length;
  const cited = rowsOf(tables, "sources").length;
  return seen > 0
    ? [
        {
          title: `Texts, statements, fact sheets and press reports of the agreements: ${plural(seen, "source")}, each with its address`,
          path: "data/evidence.csv",
        },
      ]
    : [
        {
          title: `Texts, statements, fact sheets and press reports of the agreements: ${plural(cited, "source")} as each agreement cites them`,
          path: "data/sources.csv",
        },
      ];
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
    created: versionTime(version),
    homepage: site,
    keywords: ["cyber", "international agreements", "norms", "intellectual property", "economic espionage"],
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: LICENCE.name }],
    sources: sources(tables),
    contributors: [
      { title: "Pactdiff", role: "author", path: site },
      { title: "Pactdiff", role: "publisher", path: site },
    ],
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

/** How rows are named, shown on a clause of this version and its first text. */
function namingNote(tables: Table[]): string {
  const clause = rowsOf(tables, "clauses").find((c) => c.readout_id === null);
  const rule = "Every position, and every number in an id, counts from 1.";
  if (!clause) return `- Rows are named by what they are (\`{agreement}/{position}\` for a clause). ${rule}`;
  const text = rowsOf(tables, "texts").find((t) => t.clause_id === clause.id);
  const ofText = text ? `, and \`${text.id}\` is text ${text.position} of that clause` : "";
  return `- Rows are named by what they are: \`${clause.id}\` is clause ${clause.position} of \`${clause.agreement_slug}\`${ofText}. ${rule}`;
}

/** What the readouts and the evidence tables hold in this version. */
function contentNotes(tables: Table[]): string[] {
  const readouts = rowsOf(tables, "readouts").length;
  const statements = rowsOf(tables, "clauses").filter((c) => c.readout_id !== null).length;
  const evidence = rowsOf(tables, "evidence").length;
  return [
    readouts > 0
      ? `- \`readouts.csv\` holds ${plural(readouts, "readout")}: each party's own account of an agreement (a fact sheet, an outcome list, remarks as transcribed). Their ${plural(statements, "statement")} are the rows of \`clauses.csv\` with a \`readout_id\`; the agreement's own clauses have none.`
      : "- This version records no readouts: `readouts.csv` has no rows.",
    evidence > 0
      ? `- \`evidence.csv\` is what was seen of each of ${plural(evidence, "source")}: its address, and its title, publisher and date as the source shows them (empty: not seen). \`passages.csv\` holds the passages quoted from them, byte for byte: every text marked verbatim or truncated stands in a passage of a source it cites (\`sources.csv\` → \`evidence_id\`).`
      : "- This version was imported before the evidence archive: `evidence.csv` and `passages.csv` have no rows.",
  ];
}

const SPREADSHEETS = `## Opening the CSVs in a spreadsheet
The CSV files are UTF-8 without a byte order mark, comma-separated, with a header row, as the Frictionless
specification expects. Spreadsheets that guess the encoding may garble accents and Chinese characters, so
import them rather than double-click them:

- **LibreOffice Calc**: open the file; in the import dialog choose the character set "Unicode (UTF-8)" and the
  separator "Comma".
- **Excel**: Data → From Text/CSV; choose the file origin "65001: Unicode (UTF-8)" and the delimiter "Comma".
- **Google Sheets**: File → Import → Upload; separator type "Comma".

The comparison tables downloaded from the site's pages (the CSV links) carry a byte order mark and open
directly in Excel.`;

function readme(tables: Table[], version: DatasetVersionInfo, site: string): string {
  const counts = tables.map((t) => `| \`data/${t.name}.csv\` | ${t.rows.length} | ${t.description} |`).join("\n");
  return `# Pactdiff catalogue, dataset version ${version.id}

Cyber agreements between states, clause by clause, as published by Pactdiff (${site}) on
${versionDay(version)}. This is a Frictionless Tabular Data Package: \`datapackage.json\` describes
every file, its columns, types, allowed values, primary and foreign keys.

| file | rows | what it holds |
| --- | ---: | --- |
${counts}

## Reading it
${namingNote(tables)}
- Dates are ISO 8601 to the precision known (\`2017\`, \`2017-06\`, \`2017-06-22\`) with a \`date_precision\` column.
- A text's \`form\` says whether it is verbatim, a truncated copy (the stored copy stops where the text
  stops) or a paraphrase; \`is_translation\` and \`confidence\` travel with it. Never quote a paraphrase as the
  agreement's wording.
- Cells that would start with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return are prefixed with \`'\` so that
  spreadsheets do not run them as formulas.
${contentNotes(tables).join("\n")}

${SPREADSHEETS}

## Licence and citation
${LICENCE.scope} Licence: ${LICENCE.name} (${LICENCE.url}). See \`LICENSE.md\`; cite with \`CITATION.cff\`:

> Pactdiff (${versionDay(version).slice(0, 4)}). Pactdiff catalogue of cyber agreements (Version ${version.id}) [Data set].
> ${site}/data/${version.id}.zip

This version: ${site}/data/${version.id}.zip (its descriptor alone: ${site}/data/${version.id}/datapackage.json) ·
latest: ${site}/data/latest.zip · what changed: ${site}/changes
`;
}

function citationCff(version: DatasetVersionInfo, site: string): string {
  return `# CITATION.cff (Citation File Format 1.2.0)\n${stringify({
    "cff-version": "1.2.0",
    message: "If you use this dataset, please cite it as below.",
    type: "dataset",
    title: "Pactdiff catalogue of cyber agreements",
    version: version.id,
    "date-released": versionDay(version),
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

/** Every file of the package, by its path in the zip, in the zip's order. */
export function packageFiles(tables: Table[], version: DatasetVersionInfo, site: string): [string, string][] {
  return [
    ["datapackage.json", `${JSON.stringify(descriptor(tables, version, site), null, 2)}\n`],
    ["README.md", readme(tables, version, site)],
    ["CITATION.cff", citationCff(version, site)],
    ["LICENSE.md", licenceFile()],
    ...tables.map((t): [string, string] => [`data/${t.name}.csv`, csv(t)]),
  ];
}
