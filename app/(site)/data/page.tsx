import type { Metadata } from "next";
import Link from "next/link";
import { Pager, pageParam } from "@/components/ui/pager";
import { CHANGES_PAGE_SIZE, listVersions, versionDigest } from "@/lib/changes/changes";
import { LICENCE } from "@/lib/licence";

// Rendered on request; server.ts keeps the result per dataset version (lib/front).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Download the catalogue",
  description: "The whole Pactdiff catalogue as a Frictionless Data Package, for every dataset version: CSV tables with schemas, README, citation and licence.",
  alternates: { canonical: "/data" },
};

const TABLES = "agreements, parties, agreement parties, provisions, scope categories, clauses, clause texts (with form, language, translation flag and confidence), scope readings, events, assessments, sources, corrections and citations";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DataPage({ searchParams }: Props) {
  const versions = await listVersions();
  const total = versions.length;
  const page = pageParam(await searchParams, total, CHANGES_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE));
  const shown = versions.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE);
  const counts = await Promise.all(shown.map((v) => versionDigest(v.id).then((d) => d.counts)));
  const current = versions.find((v) => v.isCurrent);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Download the catalogue</h1>
      <p className="mt-2 max-w-3xl">
        The whole catalogue of each dataset version as a{" "}
        <a href="https://specs.frictionlessdata.io/tabular-data-package/">Frictionless Tabular Data Package</a>: a zip with one
        CSV per table ({TABLES}), <code>datapackage.json</code> describing every column, its type, allowed values and keys, a
        README, <code>CITATION.cff</code> and the licence. Any Frictionless tool (Python, R, JavaScript) reads and validates it.
      </p>
      <p className="mt-4">
        <a href="/data/latest.zip" className="font-semibold" download>
          Latest version (zip)
        </a>
        {current ? <span className="text-muted"> · currently {current.id}, imported {current.importedAt.slice(0, 10)}</span> : null}
        {" · "}<Link prefetch={false} href="/changes">What changed between versions</Link>
      </p>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        {LICENCE.scope} Licence: <a href={LICENCE.url} rel="license">{LICENCE.short}</a>. Pin your analysis to a version: its zip
        never changes.
      </p>
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
