import type { Metadata } from "next";
import { preview } from "@/lib/catalogue/meta";
import Form from "next/form";
import Link from "next/link";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { listAgreements, listScopeCategories } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { FEATURED } from "@/lib/catalogue/featured";

// Rendered on request for the current dataset version; server.ts keeps the result per version (lib/front).
export const dynamic = "force-dynamic";

const DESCRIPTION =
  "Compare cyber agreements between states clause by clause: what each pledges, what it leaves out, and when. Every clause and date with its source.";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  ...preview({ title: "Pactdiff — compare cyber agreements between states", description: DESCRIPTION, url: "/" }),
};

// The home page shows the most recent agreements, not the whole catalogue (which /agreements lists).
const HOME_LIMIT = 12;

export default async function HomePage() {
  const version = await getLatestVersion();
  const [agreements, scope] = version ? await Promise.all([listAgreements(version.id), listScopeCategories(version.id)]) : [[], []];
  const scopeLabels = new Map(scope.map((s) => [s.key, s.label]));

  return (
    <div>
      <section className="max-w-3xl">
        <h1 className="font-serif text-4xl font-semibold leading-tight sm:text-5xl">
          Compare cyber agreements between states, clause by clause.
        </h1>
        <p className="mt-4 text-lg leading-relaxed">
          Short political agreements on cyber-espionage turn on single words: <em>knowingly</em> support,{" "}
          <em>companies or commercial sectors</em>, <em>will</em> or <em>would</em>. Pactdiff lines their clauses up by provision, marks
          every word that differs, shows what each covers and leaves out, and puts their dates on one timeline. Every clause and date links
          to its source.
        </p>
      </section>

      <section aria-labelledby="featured" className="mt-8 rounded-lg border border-accent/30 bg-accent-soft p-5">
        <h2 id="featured" className="text-sm font-semibold uppercase tracking-wide text-accent">
          Featured comparison
        </h2>
        <p className="mt-1 font-serif text-2xl font-semibold">US–China 2015 vs Canada–China 2017</p>
        <p className="mt-1 max-w-3xl">
          The same pledge against cyber-enabled theft of intellectual property, almost word for word, twenty-one months apart; but only the
          US–China commitments come with a dialogue, a hotline and response times. The earlier text is the base: the comparison marks how
          Canada–China 2017 words it differently.
        </p>
        <p className="mt-3">
          <Link prefetch={false} href={`/compare/${FEATURED.join("/")}`} className="font-semibold">
            Open the comparison →
          </Link>
        </p>
      </section>

      <section aria-labelledby="catalogue" className="mt-10">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="catalogue" className="font-serif text-2xl font-semibold">
            The catalogue
          </h2>
          <Form prefetch={false} action="/agreements" role="search" className="flex gap-2">
            <label htmlFor="home-search" className="sr-only">
              Search agreements
            </label>
            <input
              id="home-search"
              type="search"
              name="q"
              placeholder="Search agreements"
              className="rounded border border-rule bg-white px-2 py-1.5"
            />
            <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white">
              Search
            </button>
          </Form>
        </div>
        {agreements.length > HOME_LIMIT ? (
          <p className="mt-2 text-muted">
            The {HOME_LIMIT} most recent of {agreements.length} agreements.
          </p>
        ) : null}
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {agreements.slice(-HOME_LIMIT).map((a) => (
            <li key={a.slug}>
              <AgreementCard agreement={a} scopeLabels={scopeLabels} />
            </li>
          ))}
        </ul>
        {agreements.length > HOME_LIMIT ? (
          <p className="mt-4">
            <Link prefetch={false} href="/agreements" className="font-semibold">
              All {agreements.length} agreements →
            </Link>
          </p>
        ) : null}
      </section>

      <section id="about" aria-labelledby="about-heading" className="mt-10 max-w-3xl">
        <h2 id="about-heading" className="font-serif text-2xl font-semibold">
          About the sources
        </h2>
        <p className="mt-2 leading-relaxed">
          Clause text comes from the best primary source found: official pages where they survive, otherwise official copies and identical
          press quotations of the official text. A clause known only from a truncated copy is shown as truncated and never completed from
          memory; a translation or a paraphrase is labelled as one. Each text carries a confidence level. Claims in circulation that the
          sources contradict are listed on each agreement as corrections.
        </p>
        {version ? (
          <p className="mt-4 text-sm text-muted">
            Dataset version <code className="font-mono">{version.id}</code>, imported {version.importedAt.slice(0, 10)}.
          </p>
        ) : null}
      </section>
    </div>
  );
}
