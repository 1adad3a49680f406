// Full-text search over every clause text in every language: /search?q=&page=&v=. A plain GET form, so
// it works without JavaScript; ranked by the database's full-text index (lib/search/search.ts), with the
// vocabulary's synonyms ("IP theft", "hacking") naming the provision and scope category they stand for.
import type { Metadata } from "next";
import { preview } from "@/lib/catalogue/meta";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import { Pager } from "@/components/ui/pager";
import { resolveVersion } from "@/lib/data/versions";
import { formatPartialDate, languageLabel } from "@/lib/format";
import { normaliseQuery } from "@/lib/search/query";
import { readQuery } from "@/lib/domain/params";
import { searchHref } from "@/lib/urls";
import { searchClauses } from "@/lib/search/search";
import { VersionNote } from "@/components/site/version-note";
import { textAttributes } from "@/lib/text/direction";

export const dynamic = "force-dynamic";

const SEARCH_DESCRIPTION = "Full-text search of every clause of every cyber agreement in the catalogue, in every language.";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const read = readQuery(await searchParams, ["q"]);
  const q = normaliseQuery(read.ok ? read.values.q : undefined);
  const title = q ? `Search: ${q}` : "Search";
  return {
    title,
    description: SEARCH_DESCRIPTION,
    robots: { index: false },
    alternates: { canonical: "/search" },
    ...preview({ title: `${title} · Pactdiff`, description: SEARCH_DESCRIPTION, url: q ? searchHref({ q }) : "/search" }),
  };
}

const href = (q: string, page: number, v: string | undefined) => searchHref({ q, page, v });

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  // The proxy has answered a malformed value (and the front an unknown version) already.
  const read = readQuery(params, ["q", "v", "page"]);
  const { q: typed, v, page = 1 } = read.ok ? read.values : {};
  const q = normaliseQuery(typed);
  const version = await resolveVersion(v);
  const result = q && version ? await searchClauses(version.id, q, page) : null;

  return (
    <div>
      {version ? <VersionNote version={version} latest={searchHref({ q: q ?? "" })} /> : null}
      <h1 className="font-serif text-3xl font-semibold">Search every clause</h1>
      <form method="get" action="/search" role="search" className="mt-4 flex max-w-2xl flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Words to find in clause texts
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          maxLength={200}
          className="min-w-0 flex-1 rounded border border-rule bg-white px-3 py-2"
          placeholder="IP theft, knowingly, 知识产权, propriété intellectuelle…"
        />
        {v ? <input type="hidden" name="v" value={v} /> : null}
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
          Search
        </button>
      </form>
      <p className="mt-2 max-w-2xl text-sm text-muted">
        Every clause text in every language, ranked by relevance. Words are matched with their endings (“theft” finds “thefts”); what
        readers call a provision (“IP theft”, “hacking”, “economic espionage”) also finds its wordings.{" "}
        <a href="/methodology#search">How search works</a>.
      </p>
      {v && !version ? (
        <p className="mt-6" role="alert">
          No dataset version has that id (v=…). <a href="/search">Search the current catalogue</a>.
        </p>
      ) : null}
      {result ? (
        <>
          {result.plan.named.length ? (
            <section aria-labelledby="named-heading" className="mt-6">
              <h2 id="named-heading" className="font-serif text-xl font-semibold">
                “{q}” names
              </h2>
              <ul className="mt-2 grid gap-3 sm:grid-cols-2">
                {result.plan.named.map((n) => (
                  <li key={`${n.kind}:${n.key}`} className="rounded-lg border border-rule bg-white p-3">
                    <p className="text-xs font-medium uppercase tracking-wide text-muted">
                      {n.kind === "provision" ? "Provision" : "Scope category"}
                    </p>
                    <p className="font-semibold">
                      <a href={n.kind === "provision" ? `/provisions/${n.key}` : `/agreements?scope=${n.key}`}>{n.label}</a>
                    </p>
                    <p className="mt-1 text-sm">{n.description}</p>
                    <p className="mt-1 text-xs text-muted">Matched “{n.matched}”; its synonyms were searched too.</p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <h2 className="mt-6 font-serif text-xl font-semibold">
            {result.total === 0
              ? `No clause matches “${q}”.`
              : `${result.total === 1 ? "1 clause matches" : `${result.total} clauses match`} “${q}”`}
            {result.pages > 1 ? ` (page ${result.page} of ${result.pages})` : ""}
          </h2>
          <ol className="mt-3 space-y-3">
            {result.hits.map((h, i) => (
              <li key={`${h.agreement.slug}-${h.clauseLabel}-${i}`} className="rounded-lg border border-rule bg-white p-4">
                <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <a href={h.href} className="font-semibold">
                    {h.agreement.shortTitle}, {h.clauseLabel}
                  </a>
                  <span className="text-muted">
                    {formatPartialDate(h.agreement.date)}
                    {h.provision ? (
                      <>
                        {" "}
                        · <a href={`/provisions/${h.provision.key}`}>{h.provision.label}</a>
                      </>
                    ) : null}
                    {h.readout ? ` · readout: ${h.readout.title}` : ""}
                  </span>
                </p>
                <p className="sr-only">{`Excerpt (${languageLabel(h.text.language)}):`}</p>
                <blockquote {...textAttributes(h.text.language)} className="mt-2 font-serif leading-relaxed">
                  {h.excerpt.map((p, k) =>
                    p.hit ? (
                      <mark key={k} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-ink">
                        {p.text}
                      </mark>
                    ) : (
                      <span key={k}>{p.text}</span>
                    ),
                  )}
                </blockquote>
                <div className="mt-2 text-xs">
                  <ProvenanceBadges text={h.text} />
                </div>
              </li>
            ))}
          </ol>
          <Pager label="Pages of results" page={result.page} pages={result.pages} href={(n) => href(q ?? "", n, v)} />
        </>
      ) : null}
    </div>
  );
}
