import type { Metadata } from "next";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { AgreementFilters } from "@/components/agreements/agreement-filters";
import { ComparePicker } from "@/components/compare/compare-picker";
import { filtersToQuery, parseFilters, type FilterParams } from "@/lib/agreement-filters";
import { getFilterOptions, listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";

export const metadata: Metadata = {
  title: "Agreements",
  description: "The catalogue of cyber agreements between states, filterable by party, year, form, scope and provision.",
  alternates: { canonical: "/agreements" },
};

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<FilterParams> }) {
  const version = await getLatestVersion();
  if (!version) return <p>The catalogue is empty: run <code>npm run db:import</code>.</p>;
  const options = await getFilterOptions(version.id);
  const filters = parseFilters(await searchParams, {
    parties: options.parties.map((p) => p.code),
    years: options.years,
    forms: options.forms,
    scope: options.scope.map((s) => s.key),
    provisions: options.provisions.map((p) => p.key),
  });
  const [agreements, all] = await Promise.all([listAgreements(version.id, filters), listAgreements(version.id)]);
  const filtered = filtersToQuery(filters) !== "";
  const scopeLabels = new Map(options.scope.map((s) => [s.key, s.label]));

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Agreements</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Cyber agreements between states, with every clause quoted from its source. Filter the catalogue, open an agreement, or
        compare two or more side by side.
      </p>
      <div className="mt-6 grid gap-4">
        <AgreementFilters options={options} filters={filters} />
        <ComparePicker agreements={all} />
      </div>
      <p className="mt-6 text-sm" role="status">
        {filtered ? `${agreements.length} of ${all.length} agreements match.` : `${all.length} agreements.`}
      </p>
      {agreements.length ? (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {agreements.map((a) => (
            <li key={a.slug}>
              <AgreementCard agreement={a} scopeLabels={scopeLabels} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">No agreement matches these filters.</p>
      )}
      <p className="mt-8 text-sm text-muted">
        Dataset version <code className="font-mono">{version.id}</code>, imported {version.importedAt.slice(0, 10)} ·{" "}
        <a href={`/api/v1/agreements?v=${version.id}`}>JSON</a>
      </p>
    </div>
  );
}
