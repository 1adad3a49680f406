import type { Metadata } from "next";
import { preview } from "@/lib/catalogue/meta";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { AgreementFilters } from "@/components/agreements/agreement-filters";
import { ComparePicker } from "@/components/compare/compare-picker";
import { Pager } from "@/components/ui/pager";
import { filtersToQuery, pageHref, PAGE_SIZE, parseFilters, parsePage, type FilterParams } from "@/lib/catalogue/filters";
import { getFilterOptions, listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { searchHref } from "@/lib/urls";

// Read from the database on request, never at build time: the build needs no database.
export const dynamic = "force-dynamic";

const DESCRIPTION = "The catalogue of cyber agreements between states, filterable by party, year, form, scope and provision.";

export const metadata: Metadata = {
  title: "Agreements",
  description: DESCRIPTION,
  alternates: { canonical: "/agreements" },
  ...preview({ title: "Agreements · Pactdiff", description: DESCRIPTION, url: "/agreements" }),
};

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<FilterParams> }) {
  const version = await getLatestVersion();
  if (!version)
    return (
      <p>
        The catalogue is empty: run <code>npm run db:import</code>.
      </p>
    );
  const options = await getFilterOptions(version.id);
  const params = await searchParams;
  const filters = parseFilters(params, {
    parties: options.parties.map((p) => p.code),
    years: options.years,
    forms: options.forms,
    scope: options.scope.map((s) => s.key),
    provisions: options.provisions.map((p) => p.key),
  });
  const [agreements, all] = await Promise.all([listAgreements(version.id, filters), listAgreements(version.id)]);
  const filtered = filtersToQuery(filters) !== "";
  // Long catalogues are paged: a page of the catalogue stays the same size whatever the catalogue's.
  const page = parsePage(params, agreements.length);
  const pages = Math.max(1, Math.ceil(agreements.length / PAGE_SIZE));
  const shown = agreements.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const scopeLabels = new Map(options.scope.map((s) => [s.key, s.label]));

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Agreements</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Cyber agreements between states, with every clause quoted from its source. Filter the catalogue, open an agreement, or compare two
        or more side by side.
      </p>
      <div className="mt-6 grid gap-4">
        <AgreementFilters options={options} filters={filters} />
        <ComparePicker agreements={all} />
      </div>
      <p className="mt-6 text-sm" role="status">
        {filtered ? `${agreements.length} of ${all.length} agreements match.` : `${all.length} agreements.`}
        {pages > 1 ? ` Showing ${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + shown.length}.` : ""}
      </p>
      {agreements.length ? (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((a) => (
            <li key={a.slug}>
              <AgreementCard agreement={a} scopeLabels={scopeLabels} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">No agreement matches these filters.</p>
      )}
      {filters.q ? (
        <p className="mt-3 text-sm">
          Matched in titles, summaries and clause texts, with the catalogue&apos;s synonyms.{" "}
          <a href={searchHref({ q: filters.q })}>See every clause that mentions “{filters.q}” →</a>
        </p>
      ) : null}
      <Pager label="Pages of the catalogue" page={page} pages={pages} href={(n) => pageHref(filters, n)} />
      <p className="mt-8 text-sm text-muted">
        Dataset version <code className="font-mono">{version.id}</code>, imported {version.importedAt.slice(0, 10)} ·{" "}
        <a href={`/api/v1/agreements?v=${version.id}`}>JSON</a>
      </p>
    </div>
  );
}
