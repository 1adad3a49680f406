// The comparison page. Public address: /compare/{slug}/{slug}…?view=&diff=&v= — proxy.ts parses it and
// rewrites here (after checking the version and slugs), so that each state is one page, cached per version.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparePicker } from "@/components/compare/compare-picker";
import { CiteBox } from "@/components/cite/cite-box";
import { ArticleMaps } from "@/components/compare/article-map";
import { ClausesView } from "@/components/compare/clauses-view";
import { CompareHeader } from "@/components/compare/compare-header";
import { DatesView } from "@/components/compare/dates-view";
import { EmbedBuilder } from "@/components/compare/embed-builder";
import { ScopeView } from "@/components/compare/scope-view";
import { comparisonCiteTarget } from "@/lib/cite/targets";
import { compareHref, stateFromInternal, type CompareState } from "@/lib/compare/state";
import { listAgreements } from "@/lib/data/agreements";
import { getComparison } from "@/lib/data/comparison";
import { getLatestVersion } from "@/lib/data/versions";
import { env } from "@/lib/runtime/env";
import { FEATURED } from "@/lib/catalogue/featured";
import { VersionNote } from "@/components/site/version-note";
import { canonicalPin, citationMetadata } from "@/lib/catalogue/meta";

// Rendered on request for the current dataset version; server.ts keeps the result per version (lib/front).
export const dynamic = "force-dynamic";

type Params = { view: string; diff: string; version: string; slugs: string[] };
type Props = { params: Promise<Params> };

/** The JSON (or, with format=csv, the CSV) of a comparison, for the view shown. */
const apiHref = (state: CompareState, format?: "csv") => {
  const params = new URLSearchParams();
  if (state.view !== "clauses") params.set("view", state.view);
  if (state.v) params.set("v", state.v);
  if (format) params.set("format", format);
  const query = params.toString();
  return `/api/v1/compare/${state.slugs.join("/")}${query ? `?${query}` : ""}`;
};

async function load(params: Params) {
  const state = stateFromInternal(params);
  if (!state) return null;
  const result = await getComparison(state);
  return result.kind === "ok" ? { state, ...result } : null;
}

/** What the page's citation cites: the comparison as shown, pinned to its version. */
const citeTarget = ({ comparison, state, version }: NonNullable<Awaited<ReturnType<typeof load>>>) =>
  comparisonCiteTarget(
    comparison.agreements.map((a) => a.shortTitle),
    state,
    version,
  );

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(await params);
  if (!found) return { title: "Comparison not found", robots: { index: false } };
  const { comparison, state, version } = found;
  const names = comparison.agreements.map((a) => a.shortTitle).join(" vs ");
  const description = `${comparison.summary.headline} ${comparison.summary.sentences.slice(1).join(" ")}`.slice(0, 300);
  // Pinned to the current version, the comparison is the unpinned one's: that address is canonical.
  const canonical = compareHref({ ...state, v: canonicalPin(version) });
  const image = `/og${compareHref({ ...state, view: "clauses", diff: "words" })}`;
  const api = apiHref(state);
  const oembed = `/api/oembed?url=${encodeURIComponent(`${env().SITE_URL}${canonical}`)}&format=json`;
  return {
    title: names,
    description,
    alternates: { canonical, types: { "application/json+oembed": oembed, "application/json": api } },
    openGraph: {
      type: "article",
      title: `${names} · Pactdiff`,
      description,
      url: canonical,
      siteName: "Pactdiff",
      images: [{ url: image, width: 1200, height: 630, alt: `${names}: ${comparison.summary.headline}` }],
    },
    twitter: { card: "summary_large_image", title: `${names} · Pactdiff`, description, images: [image] },
    other: citationMetadata(citeTarget(found), env().SITE_URL),
  };
}

export default async function ComparePage({ params }: Props) {
  const [found, all] = await Promise.all([load(await params), getLatestVersion().then((v) => (v ? listAgreements(v.id) : []))]);
  if (!found) notFound();
  const { comparison, state, version } = found;
  const api = apiHref({ ...state, v: version.id });

  return (
    <article>
      <VersionNote version={version} latest={compareHref({ ...state, v: undefined })} />
      <CompareHeader comparison={comparison} state={state} />
      <section aria-labelledby="view-heading" className="mt-6">
        <h2 id="view-heading" className="sr-only">
          {`${state.view[0]?.toUpperCase()}${state.view.slice(1)} view`}
        </h2>
        {state.view === "clauses" ? (
          <>
            <ArticleMaps comparison={comparison} diff={state.diff} pin={version.isLatest ? "" : `?v=${version.id}`} />
            {comparison.unitMaps.length ? <h2 className="mb-3 font-serif text-2xl font-semibold">By provision</h2> : null}
            <ClausesView comparison={comparison} diff={state.diff} />
          </>
        ) : null}
        {state.view === "scope" ? <ScopeView comparison={comparison} /> : null}
        {state.view === "dates" ? <DatesView comparison={comparison} /> : null}
      </section>
      <section aria-labelledby="share-heading" className="cv-auto mt-10 rounded-lg border border-rule bg-white p-4">
        <h2 id="share-heading" className="font-serif text-xl font-semibold">
          Data, embed and citation
        </h2>
        <p className="mt-2 text-sm">
          Dataset version <code className="font-mono">{version.id}</code>
          {version.isLatest ? " (latest)" : " (pinned)"}, imported {version.importedAt.slice(0, 10)}.{" "}
          <a href={apiHref({ ...state, v: version.id }, "csv")} download>
            Download CSV
          </a>{" "}
          (this view&apos;s table) · <a href={api}>JSON</a> · <a href={`/data/${version.id}.zip`}>Whole catalogue (data package)</a> ·{" "}
          <a href={compareHref({ ...state, v: version.id })}>Link pinned to this version</a>
        </p>
        <CiteBox target={citeTarget(found)} />
        <details className="mt-3">
          <summary className="cursor-pointer font-medium text-accent">Embed this table</summary>
          <div className="mt-3">
            <EmbedBuilder
              slugs={state.slugs}
              provisions={comparison.rows.map((r) => r.provision)}
              site={env().SITE_URL}
              versionId={version.id}
              initialView={state.view}
              title={`${comparison.agreements.map((a) => a.shortTitle).join(" vs ")} · Pactdiff`}
            />
          </div>
        </details>
      </section>
      <p className="mt-6 text-sm text-muted">
        Featured: <a href={`/compare/${FEATURED.join("/")}`}>US–China 2015 vs Canada–China 2017</a>.
      </p>
      <div className="mt-8">
        <ComparePicker agreements={all} selected={state.slugs} heading="Change the comparison" />
      </div>
    </article>
  );
}
