import type { Metadata } from "next";
import { listProvisions } from "@/lib/data/provisions";
import { getLatestVersion } from "@/lib/data/versions";
import { formatPartialDate } from "@/lib/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Provisions",
  description:
    "Every provision of the catalogue: follow one commitment, such as the pledge against cyber-enabled IP theft, across every agreement that words it.",
  alternates: { canonical: "/provisions" },
};

export default async function ProvisionsPage() {
  const version = await getLatestVersion();
  if (!version)
    return (
      <p>
        The catalogue is empty: run <code>npm run db:import</code>.
      </p>
    );
  const provisions = (await listProvisions(version.id)).filter((p) => p.agreements > 0);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Provisions</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Follow one commitment across the catalogue: every agreement that words it, in date order, each wording diffed against the first, and
        the earlier text each one is closest to.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {provisions.map((p) => (
          <li key={p.key} className="rounded-lg border border-rule bg-white p-4">
            <h2 className="font-serif text-lg font-semibold">
              <a href={`/provisions/${p.key}`}>{p.label}</a>
            </h2>
            <p className="mt-1 text-sm">{p.description}</p>
            <p className="mt-2 text-sm text-muted">
              {p.agreements === 1 ? "1 agreement" : `${p.agreements} agreements`}
              {p.first && p.last ? `, ${formatPartialDate(p.first)}${p.first !== p.last ? ` to ${formatPartialDate(p.last)}` : ""}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
