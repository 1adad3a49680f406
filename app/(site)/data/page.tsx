import type { Metadata } from "next";
import Link from "next/link";
import { CiteBox } from "@/components/cite/cite-box";
import { Pager, pageParam } from "@/components/ui/pager";
import { CHANGES_PAGE_SIZE, listVersions, versionDigest } from "@/lib/changes/changes";
import { LICENCE } from "@/lib/licence";
import { TABLE_NAMES } from "@/lib/datapackage/table-names";
import { JsonLd } from "@/components/site/json-ld";
import { datasetJsonLd } from "@/lib/catalogue/json-ld";
import { citationMetadata, preview } from "@/lib/catalogue/meta";
import { datasetCiteTarget } from "@/lib/cite/targets";
import { listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { env } from "@/lib/runtime/env";

// Rendered on request; server.ts keeps the result per dataset version (lib/front).
export const dynamic = "force-dynamic";

const DESCRIPTION =
  "The whole Pactdiff catalogue as a Frictionless Data Package, for every dataset version: CSV tables with schemas, README, citation and licence.";

export async function generateMetadata(): Promise<Metadata> {
  const version = await getLatestVersion();
  return {
    title: "Download the catalogue",
    description: DESCRIPTION,
    alternates: { canonical: "/data" },
    ...preview({ title: "Download the catalogue · Pactdiff", description: DESCRIPTION, url: "/data" }),
    // A reference manager saving this page saves the whole catalogue of the current version.
    ...(version ? { other: citationMetadata(datasetCiteTarget(version), env().SITE_URL) } : {}),
  };
}

/** The catalogue of the current version as a schema.org Dataset (nothing while the catalogue is empty). */
async function DatasetDescription() {
  const version = await getLatestVersion();
  if (!version) return null;
  const dates = (await listAgreements(version.id)).map((a) => a.date).sort();
  const span = dates.length ? { first: dates[0] ?? "", last: dates.at(-1) ?? "" } : null;
  return <JsonLd data={datasetJsonLd({ version, span, agreements: dates.length }, env().SITE_URL)} />;
}

// Every table the package holds, by the names of its files ("scope_readings" → "scope readings").
const TABLES = TABLE_NAMES.map((name) => name.replaceAll("_", " "));
const TABLE_LIST = `${TABLES.slice(0, -1).join(", ")} and ${TABLES.at(-1)}`;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DataPage({ searchParams }: Props) {
  const versions = await listVersions();
  const total = versions.length;
  const page = pageParam(await searchParams, total, CHANGES_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE));
  const shown = versions.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE);
  const counts = await Promise.all(shown.map((v) => versionDigest(v.id).then((d) => d.counts)));
  const current = versions.find((v) => v.isCurrent);
  const latest = await getLatestVersion();

  return (
    <div>
      <DatasetDescription />
      <h1 className="font-serif text-3xl font-semibold">Download the catalogue</h1>
      <p className="mt-2 max-w-3xl">
        The whole catalogue of each dataset version as a{" "}
        <a href="https://specs.frictionlessdata.io/tabular-data-package/">Frictionless Tabular Data Package</a>: a zip with one
        CSV per table ({TABLE_LIST}), <code>datapackage.json</code> describing every column, its type, allowed values and keys, a
        README, <code>CITATION.cff</code> and the licence. Any Frictionless tool (Python, R, JavaScript) reads and validates it.
      </p>
      <p className="mt-4">
        <a href="/data/latest.zip" className="font-semibold" download>
          Latest version (zip)
        </a>
        {current ? <span className="text-muted"> · currently {current.id}, imported {current.importedAt.slice(0, 10)}</span> : null}
        {" · "}
        <a href="/data/latest/datapackage.json">its description of the tables (datapackage.json)</a>
        {" · "}<Link prefetch={false} href="/changes">What changed between versions</Link>
      </p>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        The CSV files are plain UTF-8: to open one in a spreadsheet, import it and choose UTF-8 and commas (the
        README in the zip says how in Excel, LibreOffice and Google Sheets). Each version&apos;s{" "}
        <code>datapackage.json</code> also has an address of its own, with the tables beside it, for tools that read a
        package from the web.
      </p>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        {LICENCE.scope} Licence: <a href={LICENCE.url} rel="license">{LICENCE.short}</a>. Pin your analysis to a version: its zip
        never changes.
      </p>
      {latest ? (
        <section aria-labelledby="cite-heading">
          <CiteBox target={datasetCiteTarget(latest)} headingLevel={2} />
        </section>
      ) : null}
      <h2 className="mt-8 font-serif text-2xl font-semibold">Every version</h2>
      <p className="mt-1 text-sm" role="status">
        {total} dataset version{total === 1 ? "" : "s"}.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Data packages by dataset version, newest import first</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-3">Version</th>
              <th scope="col" className="py-2 pr-3">Agreements</th>
              <th scope="col" className="py-2">Download</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v, i) => (
              <tr key={v.id} className="border-b border-rule align-top">
                <td className="py-2 pr-3">
                  <span className="font-mono">{v.id}</span>
                  {v.isCurrent ? <span className="ml-2 text-ins">current</span> : null}
                  <span className="block text-muted">
                    imported <time dateTime={v.importedAt}>{v.importedAt.slice(0, 10)}</time>
                  </span>
                </td>
                <td className="py-2 pr-3">{counts[i]?.agreements ?? ""}</td>
                <td className="py-2">
                  <a href={`/data/${v.id}.zip`} download>
                    zip<span className="sr-only"> — data package of version {v.id}</span>
                  </a>
                  {" · "}
                  <a href={`/data/${v.id}/datapackage.json`}>
                    datapackage.json<span className="sr-only"> — description of the tables of version {v.id}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Pages of the version list" page={page} pages={pages} href={(n) => (n === 1 ? "/data" : `/data?page=${n}`)} previous="← Newer" next="Older →" />
    </div>
  );
}
