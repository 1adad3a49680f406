// /agreements/{slug}/readouts — each party's own account of one agreement, aligned by provision and
// word-diffed against a base readout (?base=, default the first), pinned to a dataset version with ?v=.
// proxy.ts has already answered unknown agreements, versions and readouts with a 404 that says what exists.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClauseCell } from "@/components/compare/clause-cell";
import { Badge } from "@/components/ui/badge";
import { accountDifferences } from "@/lib/compare/readout-summary";
import { readQuery } from "@/lib/domain/params";
import { agreementHref, readoutsHref } from "@/lib/urls";
import { getReadoutComparison } from "@/lib/data/comparison";
import { formatPartialDate, readoutKindLabel } from "@/lib/format";
import { VersionNote } from "@/components/site/version-note";
import { canonicalPin, preview } from "@/lib/catalogue/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and page read the same comparison: aligned and diffed once per request.
const readoutComparison = cache(getReadoutComparison);

// Readouts worded this far apart (spoken remarks against a fact sheet) read better side by side than as a redline.
const SIDE_BY_SIDE_BELOW = 0.4;

const href = (slug: string, base: string | undefined, v: string | undefined) => readoutsHref(slug, { base, v });

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const read = readQuery(await searchParams, ["v", "base"]);
  if (!read.ok) return null;
  const { v, base } = read.values;
  const result = await readoutComparison(slug, v, base);
  return result.kind === "ok" ? { ...result, slug, base, v } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: "Readouts not found", robots: { index: false } };
  const { agreement, comparison, slug, base, v, version } = found;
  const parties = [...new Set((comparison?.columns ?? []).map((c) => c.party?.name).filter((n) => n !== undefined))];
  const description = comparison
    ? `${comparison.columns.length} readouts of ${agreement.shortTitle} (${parties.join(", ")}) aligned by provision, with word-level differences and each text's provenance.`
    : `No party readouts of ${agreement.shortTitle} are recorded.`;
  // Pinned to the current version, the page is the unpinned one's: that address is canonical.
  const canonical = href(slug, base, canonicalPin(version));
  // The preview image is pinned as the address asked is.
  const image = { url: `/og/agreement/${slug}${v ? `?v=${v}` : ""}`, alt: `${agreement.shortTitle}: ${agreement.title}` };
  return {
    title: `Readouts of ${agreement.shortTitle}`,
    description,
    alternates: { canonical },
    ...preview({ title: `Readouts of ${agreement.shortTitle} · Pactdiff`, description, url: canonical, type: "article" }, image),
    ...(v ? { robots: { index: false } } : {}),
  };
}

export default async function ReadoutsPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { agreement, comparison, version, slug } = found;
  const pinned = version.isLatest ? undefined : version.id;
  const agreementPage = agreementHref(slug, pinned);
  const differences = comparison ? accountDifferences(comparison) : [];
  const sentence = (key: string) => differences.find((d) => d.key === key)?.sentence ?? "";

  return (
    <article>
      <VersionNote version={version} latest={href(slug, found.base, undefined)} />
      <p className="text-sm font-medium uppercase tracking-wide text-accent">Readouts compared</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">
        Each party&apos;s account of{" "}
        <Link prefetch={false} href={agreementPage}>
          {agreement.shortTitle}
        </Link>
      </h1>
      <p className="mt-3 max-w-3xl leading-relaxed">
        The same agreement as each side (or an outlet transcribing a leader) put it in its own words, aligned by provision. Differences are
        word by word against the base readout; each text keeps its provenance, since a spoken remark as one outlet transcribed it is not the
        negotiated text.
      </p>

      {!comparison ? (
        <p className="mt-6 rounded-lg border border-rule bg-white p-4">
          No readouts of this agreement are recorded: the catalogue holds its agreed text only.{" "}
          <Link prefetch={false} href={agreementPage}>
            Back to the agreement
          </Link>
          .
        </p>
      ) : (
        <>
          <section aria-labelledby="readouts-heading" className="mt-6">
            <h2 id="readouts-heading" className="mb-3 font-serif text-2xl font-semibold">
              The readouts ({comparison.columns.length})
            </h2>
            <ol className="grid gap-3 sm:grid-cols-2">
              {comparison.columns.map((c, i) => (
                <li key={c.slug} className="rounded-lg border border-rule bg-white p-3">
                  <p className="flex flex-wrap items-center gap-1.5">
                    <Badge tone={i === 0 ? "accent" : "neutral"}>{c.party ? c.party.name : "Outlet"}</Badge>
                    <Badge>{readoutKindLabel(c.kind)}</Badge>
                    <time dateTime={c.date} className="text-sm text-muted">
                      {formatPartialDate(c.date)}
                    </time>
                  </p>
                  <p className="mt-1 font-semibold">{c.issuedBy}</p>
                  <p className="text-sm text-muted">{c.title}</p>
                  {c.note ? <p className="mt-1 text-sm">{c.note}</p> : null}
                  <p className="mt-2 text-sm">
                    {i === 0 ? (
                      <strong>Base for differences</strong>
                    ) : (
                      <Link prefetch={false} href={href(slug, c.slug, pinned)} scroll={false}>
                        Use as base
                      </Link>
                    )}
                  </p>
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="differ-heading" className="mt-8 rounded-lg border border-accent/30 bg-accent-soft p-4">
            <h2 id="differ-heading" className="font-serif text-2xl font-semibold">
              Where the accounts differ
            </h2>
            <p className="mt-1 text-sm text-muted">
              Per provision, against {comparison.columns[0]?.shortTitle} (the base): who has it, who words it differently, and what is held
              only in another language.
            </p>
            <dl className="mt-3 space-y-3">
              {differences.map((d) => (
                <div key={d.key}>
                  <dt>
                    <a href={`#${d.key}`} className="font-semibold">
                      {d.label}
                    </a>
                  </dt>
                  <dd>
                    <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm">
                      {d.points.map((point, i) => (
                        <li key={i}>{point[0]?.toUpperCase() + point.slice(1)}.</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </section>

          {comparison.rows.map((row) => {
            const baseName = "the base readout";
            const name = (key: string) => comparison.columns.find((c) => c.slug === key)?.shortTitle ?? key;
            return (
              <section
                key={row.provision.key}
                id={row.provision.key}
                aria-labelledby={`h-${row.provision.key}`}
                className="mt-10 scroll-mt-4"
              >
                <h2 id={`h-${row.provision.key}`} className="font-serif text-2xl font-semibold">
                  <a href={`#${row.provision.key}`} className="text-ink no-underline hover:underline">
                    {row.provision.label}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-muted">{sentence(row.provision.key)}</p>
                <ol className="mt-3 space-y-3">
                  {row.cells
                    .filter((cell) => cell.clauses.length > 0)
                    .map((cell) => {
                      const column = comparison.columns.find((c) => c.slug === cell.slug);
                      return (
                        <li key={cell.slug} className="rounded-lg border border-rule bg-white p-3">
                          <h3 className="mb-2 flex flex-wrap items-center gap-1.5 text-sm">
                            <Badge tone={cell.slug === comparison.base ? "accent" : "neutral"}>{column?.party?.name ?? "Outlet"}</Badge>
                            <span className="font-semibold">{column?.issuedBy}</span>
                            <span className="text-muted">
                              · {column ? readoutKindLabel(column.kind) : ""} · {column ? formatPartialDate(column.date) : ""}
                              {cell.slug === comparison.base ? " · base" : ""}
                            </span>
                          </h3>
                          <ClauseCell cell={cell} diff="words" baseName={baseName} sideBySideBelow={SIDE_BY_SIDE_BELOW} />
                        </li>
                      );
                    })}
                </ol>
                {row.cells.some((c) => c.clauses.length === 0) ? (
                  <p className="mt-2 text-sm text-muted">
                    Not in:{" "}
                    {row.cells
                      .filter((c) => c.clauses.length === 0)
                      .map((c) => name(c.slug))
                      .join("; ")}
                    .
                  </p>
                ) : null}
              </section>
            );
          })}
        </>
      )}

      <p className="mt-10 text-sm text-muted">
        Dataset version <code className="font-mono">{version.id}</code>
        {version.isLatest ? " (latest)" : " (pinned)"} ·{" "}
        <Link prefetch={false} href={href(slug, found.base, version.id)}>
          Link pinned to this version
        </Link>
      </p>
    </article>
  );
}
