import type { Metadata } from "next";
import { preview } from "@/lib/catalogue/meta";
import Link from "next/link";
import { Pager, pageParam } from "@/components/ui/pager";
import { redirect } from "next/navigation";
import { CHANGES_PAGE_SIZE, listHistory, listVersions, versionEntries } from "@/lib/changes/changes";
import { versionExists } from "@/lib/runtime/dataset-version";
import { provisionFeedList } from "@/lib/feeds/feeds";
import { readQuery } from "@/lib/domain/params";

// Rendered on request; server.ts keeps the result per dataset version (lib/front).
export const dynamic = "force-dynamic";

const DESCRIPTION =
  "Every dataset version of the Pactdiff catalogue: when it was imported, what changed, and what changed between any two.";

export const metadata: Metadata = {
  title: "What changed",
  description: DESCRIPTION,
  alternates: { canonical: "/changes" },
  ...preview({ title: "What changed · Pactdiff", description: DESCRIPTION, url: "/changes" }),
};

/** A link that is a touch target of its own: at least 24 px tall, its text centred. */
const TARGET = "inline-flex min-h-6 items-center";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChangesPage({ searchParams }: Props) {
  const params = await searchParams;
  // The "compare two versions" form (GET, works without JavaScript) lands here and is sent on.
  // The proxy and the front have answered malformed, unknown and retired ends already.
  const read = readQuery(params, ["from", "to"]);
  const { from, to } = read.ok ? read.values : {};
  if (from && to && (await versionExists(from)) && (await versionExists(to))) redirect(`/changes/${from}...${to}`);
  const total = (await listHistory()).length;
  const page = pageParam(params, total, CHANGES_PAGE_SIZE);
  const [{ entries }, provisions, versions] = await Promise.all([versionEntries(page), provisionFeedList(), listVersions()]);
  const pages = Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE));
  // The form offers the most recent versions: a bounded list whatever the history's length.
  const choices = versions.slice(0, CHANGES_PAGE_SIZE);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">What changed</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Every import of the catalogue is a dataset version with its own id. Links pinned to a version (<code>v=</code>) keep showing the
        data they were made on; here is what each version changed. Follow it with the <a href="/feeds/changes.atom">Atom feed</a>.
      </p>
      <p className="mt-4 text-sm" role="status">
        {total} {total === 1 ? "entry" : "entries"}, newest first.
      </p>
      {entries.length === 0 ? (
        <p className="mt-4">{total === 0 ? "The catalogue is empty: run npm run db:import." : "No versions on this page."}</p>
      ) : (
        <ol className="mt-4 grid gap-4">
          {entries.map((e) => (
            <li key={`${e.id}@${e.activatedAt}`} className="rounded-lg border border-rule bg-white p-4" data-version={e.id}>
              <h2 className="flex flex-wrap items-baseline gap-x-3 font-serif text-xl font-semibold">
                <time dateTime={e.activatedAt}>{e.activatedAt.slice(0, 10)}</time>
                <code className="font-mono text-base">{e.id}</code>
                {e.isCurrent ? <span className="rounded bg-ins-bg px-2 text-sm font-normal text-ins">current</span> : null}
              </h2>
              <p className="mt-1">{e.sentence}</p>
              {e.retired ? (
                <p className="mt-1 text-sm">
                  <span className="rounded bg-warn-bg px-2">retired</span> Links pinned to it answer “410 Gone” with this reason.
                </p>
              ) : (
                <>
                  <p className="mt-1 text-sm text-muted">
                    {e.counts.agreements} agreements · {e.counts.clauses} clauses · {e.counts.texts} texts · {e.counts.sources} sources
                  </p>
                  {/* Each link at least 24 px tall (WCAG 2.5.8): on a phone they wrap onto lines of their own. */}
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    {e.changesPath ? (
                      <Link prefetch={false} href={e.changesPath} className={TARGET}>
                        What changed since {e.previous}
                      </Link>
                    ) : null}
                    <a href={`/api/v1/agreements?v=${e.id}`} className={TARGET}>
                      Catalogue as of this version (JSON)
                    </a>
                    <a href={`/data/${e.id}.zip`} className={TARGET}>
                      Data package
                    </a>
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {choices.length > 1 ? (
        <form
          action="/changes"
          method="get"
          className="mt-8 flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
          aria-labelledby="compare-versions"
        >
          <h2 id="compare-versions" className="w-full font-serif text-xl font-semibold">
            Compare two versions
          </h2>
          {(["from", "to"] as const).map((name, i) => (
            <label key={name} className="text-sm font-medium">
              {name === "from" ? "From" : "To"}
              <select
                name={name}
                defaultValue={choices[i === 0 ? 1 : 0]?.id}
                className="mt-1 block rounded border border-rule bg-white px-2 py-1.5 font-mono"
              >
                {choices.map((v) => (
                  <option key={v.id} value={v.id}>
                    {`${v.id} (${v.importedAt.slice(0, 10)})`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white">
            Show what changed
          </button>
        </form>
      ) : null}
      <section aria-labelledby="follow" className="mt-10">
        <h2 id="follow" className="font-serif text-2xl font-semibold">
          Follow a provision
        </h2>
        <p className="mt-2 max-w-3xl text-muted">An Atom feed per provision tells you when a newly added document expresses it.</p>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {provisions.map((p) => (
            <li key={p.key}>
              <a href={`/feeds/provisions/${p.key}.atom`} type="application/atom+xml" className={TARGET}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Pager
        label="Pages of the changelog"
        page={page}
        pages={pages}
        href={(n) => (n === 1 ? "/changes" : `/changes?page=${n}`)}
        previous="← Newer"
        next="Older →"
      />
    </div>
  );
}
