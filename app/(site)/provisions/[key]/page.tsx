// One provision across the catalogue: /provisions/{key}?ref=&against=&party=&year=&form=&page=&v=
// proxy.ts answers unknown keys and versions with a 404 before this renders; the state is parsed by
// lib/compare/provision-state.ts, the figures computed by lib/compare/provision.ts.
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { CiteBox } from "@/components/cite/cite-box";
import { LineageChart } from "@/components/provisions/lineage-chart";
import { ProvisionFilters } from "@/components/provisions/provision-filters";
import { SimilarityMatrix } from "@/components/provisions/similarity-matrix";
import { WordingList } from "@/components/provisions/wording-list";
import { Pager } from "@/components/ui/pager";
import { provisionCiteTarget } from "@/lib/cite/targets";
import { parseProvisionState, provisionHref, type ProvisionState } from "@/lib/compare/provision-state";
import { getProvisionView } from "@/lib/data/provision-view";
import { env } from "@/lib/runtime/env";
import { formatPartialDate } from "@/lib/format";
import { provisionEmbedCode } from "@/lib/embed/provision";
import { VersionNote } from "@/components/site/version-note";
import { canonicalPin, citationMetadata, provisionFeed } from "@/lib/catalogue/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One build of the view per request, shared by the metadata and the page (keyed by primitives, as cache() needs). */
const loadView = cache(async (key: string, search: string) => {
  const parsed = parseProvisionState(key, new URLSearchParams(search));
  if (!parsed.ok) return null; // the proxy has answered a malformed address already
  const result = await getProvisionView(parsed.state);
  return result.kind === "ok" ? result : null;
});

async function load({ params, searchParams }: Props) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) query.set(name, first);
  }
  return loadView((await params).key, query.toString());
}

const apiHref = (state: ProvisionState, versionId: string, format?: "csv") =>
  `${provisionHref({ ...state, page: 1, v: versionId }, {}, "/api/v1/provisions")}${format ? "&format=csv" : ""}`;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: "Provision not found", robots: { index: false } };
  const { view, state, version } = found;
  const title = `${view.provision.label}: every wording`;
  const description = `${view.total} agreements word this provision, from ${view.options.agreements[0]?.shortTitle ?? ""} on; each diffed against ${view.reference?.shortTitle ?? "the earliest"}, with the closest earlier wording of each.`;
  // Pinned to the current version, the page is the unpinned one's: that address is canonical.
  const canonical = provisionHref({ ...state, v: canonicalPin(version) });
  const image = `/og${provisionHref({ ...state, page: 1 })}`;
  const oembed = `/api/oembed?url=${encodeURIComponent(`${env().SITE_URL}${canonical}`)}&format=json`;
  return {
    title,
    description,
    alternates: {
      canonical,
      types: {
        "application/json+oembed": oembed,
        "application/json": apiHref(state, version.id),
        "application/atom+xml": [provisionFeed(view.provision)],
      },
    },
    openGraph: {
      type: "article",
      title: `${title} · Pactdiff`,
      description,
      url: canonical,
      siteName: "Pactdiff",
      images: [{ url: image, width: 1200, height: 630, alt: title }],
    },
    twitter: { card: "summary_large_image", title: `${title} · Pactdiff`, description, images: [image] },
    other: citationMetadata(provisionCiteTarget(view.provision.label, state, version), env().SITE_URL),
  };
}

export default async function ProvisionPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { view, state, version } = found;
  const site = env().SITE_URL;
  const filtered = view.matching !== view.total;
  return (
    <article>
      <VersionNote version={version} latest={provisionHref({ ...state, v: undefined })} />
      <p className="text-sm text-muted">
        <Link prefetch={false} href="/provisions">
          Provisions
        </Link>{" "}
        › {view.provision.key}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">{view.provision.label}</h1>
      <p className="mt-2 max-w-3xl">{view.provision.description}</p>
      <p className="mt-2 max-w-3xl text-muted" role="status">
        {view.total === 1 ? "One agreement words it" : `${view.total} agreements word it`}
        {view.options.agreements.length
          ? `, from ${formatPartialDate(view.options.agreements[0]?.date ?? "")} to ${formatPartialDate(view.options.agreements.at(-1)?.date ?? "")}`
          : ""}
        .{filtered ? ` ${view.matching} match the filters.` : ""}
        {view.pages > 1 ? ` Showing ${view.offset + 1}–${view.offset + view.rows.length}.` : ""} Each wording is diffed against{" "}
        {state.against === "previous" ? "the wording before it" : <strong>{view.reference?.shortTitle ?? "the earliest"}</strong>}
        {state.against === "reference" && !state.ref ? " (the earliest)" : ""}. <a href="/methodology">How the figures are made</a>.
      </p>
      <div className="mt-4">
        <ProvisionFilters view={view} state={state} />
      </div>

      <section aria-labelledby="lineage-heading" className="mt-8">
        <h2 id="lineage-heading" className="font-serif text-2xl font-semibold">
          How the wording travelled
        </h2>
        {view.rows.length ? (
          <LineageChart rows={view.rows} label={view.provision.label} />
        ) : (
          <p className="mt-2">No agreement matches these filters.</p>
        )}
      </section>

      <section aria-labelledby="wordings-heading" className="mt-10">
        <h2 id="wordings-heading" className="font-serif text-2xl font-semibold">
          Every wording, in date order
        </h2>
        <WordingList rows={view.rows} />
        <Pager label="Pages of wordings" page={view.page} pages={view.pages} href={(n) => provisionHref({ ...state, page: n })} />
      </section>

      <section aria-labelledby="matrix-heading" className="mt-10">
        <h2 id="matrix-heading" className="font-serif text-2xl font-semibold">
          Similarity of each pair
        </h2>
        <p className="mt-1 text-sm text-muted">
          Per cent of words in common (<a href="/methodology#similarity">how</a>){view.pages > 1 ? ", for the wordings on this page" : ""}.
        </p>
        <SimilarityMatrix matrix={view.matrix} />
      </section>

      <section aria-labelledby="share-heading" className="mt-10 rounded-lg border border-rule bg-white p-4">
        <h2 id="share-heading" className="font-serif text-xl font-semibold">
          Data, embed and citation
        </h2>
        <p className="mt-2 text-sm">
          Dataset version <code className="font-mono">{version.id}</code>
          {version.isLatest ? " (latest)" : " (pinned)"}.{" "}
          <a href={apiHref(state, version.id, "csv")} download>
            Download CSV
          </a>{" "}
          · <a href={apiHref(state, version.id)}>JSON</a> · <a href={`/feeds/provisions/${view.provision.key}.atom`}>Atom feed</a> ·{" "}
          <a href={provisionHref({ ...state, v: version.id })}>Link pinned to this version</a>
        </p>
        <CiteBox target={provisionCiteTarget(view.provision.label, state, version)} />
        <details className="mt-3">
          <summary className="cursor-pointer font-medium text-accent">Embed this provision</summary>
          <label className="mt-3 block text-sm font-medium">
            Embed code (pinned to this version)
            <textarea
              readOnly
              rows={4}
              className="mt-1 block w-full rounded border border-rule p-2 font-mono text-xs"
              defaultValue={provisionEmbedCode(view, state, version.id, site)}
            />
          </label>
        </details>
      </section>
    </article>
  );
}
