// /agreements/{slug}/reuse — for each article or clause of one agreement, the passages elsewhere in the catalogue
// that hold most of its wording (the version's reuse index, computed at import: lib/text/reuse-index.ts), pinned
// to a dataset version with ?v=. proxy.ts has already answered unknown agreements and versions with a 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { clauseAnchor, clauseTitle, reuseVerb } from "@/components/agreements/clause-list";
import { VersionNote } from "@/components/site/version-note";
import { canonicalPin, preview } from "@/lib/catalogue/meta";
import { getAgreementBySlug } from "@/lib/data/agreements";
import { resolveVersion } from "@/lib/data/versions";
import { readQuery } from "@/lib/domain/params";
import { languageLabel } from "@/lib/format";
import { agreementHref, reuseHref } from "@/lib/urls";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache(async (slug: string, v: string | undefined) => {
  const version = await resolveVersion(v);
  const agreement = version ? await getAgreementBySlug(version.id, slug) : null;
  return version && agreement ? { version, agreement } : null;
});

async function found({ params, searchParams }: Props) {
  const { slug } = await params;
  const read = readQuery(await searchParams, ["v"]);
  if (!read.ok) return null;
  const result = await load(slug, read.values.v);
  return result ? { ...result, slug, v: read.values.v } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const f = await found(props);
  if (!f) return { title: "Agreement not found", robots: { index: false } };
  const { agreement, version, slug, v } = f;
  const reused = agreement.clauses.filter((c) => c.reuse.length > 0).length;
  const description = `${reused} of the ${agreement.clauses.length} clauses of ${agreement.shortTitle} share most of their wording with passages of other documents in the catalogue.`;
  const canonical = reuseHref(slug, canonicalPin(version));
  const image = { url: `/og/agreement/${slug}${v ? `?v=${v}` : ""}`, alt: `${agreement.shortTitle}: ${agreement.title}` };
  return {
    title: `Text reuse in ${agreement.shortTitle}`,
    description,
    alternates: { canonical },
    ...preview({ title: `Text reuse in ${agreement.shortTitle} · Pactdiff`, description, url: canonical, type: "article" }, image),
    ...(v ? { robots: { index: false } } : {}),
  };
}

export default async function ReusePage(props: Props) {
  const f = await found(props);
  if (!f) notFound();
  const { agreement, version, slug } = f;
  const pinned = version.isLatest ? undefined : version.id;
  const pin = pinned ? `?v=${pinned}` : "";
  const reused = agreement.clauses.filter((c) => c.reuse.length > 0).length;
  return (
    <article>
      <VersionNote version={version} latest={reuseHref(slug)} />
      <p className="text-sm font-medium uppercase tracking-wide text-accent">Text reuse</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold leading-tight sm:text-4xl">
        Where the wording of{" "}
        <Link prefetch={false} href={agreementHref(slug, pinned)}>
          {agreement.shortTitle}
        </Link>{" "}
        is found elsewhere
      </h1>
      <p className="mt-3 max-w-3xl leading-relaxed">
        For each {agreement.clauses.some((c) => c.number) ? "article" : "clause"}, the passages of other documents in the catalogue that
        hold most of its wording, in the same language: the share is how many of its runs of five letters the other passage also has. Found
        by the machine for each dataset version; shared wording shows a common source or copying, not which way it went — the dates say
        that. <a href="/methodology#reuse">How reuse is measured</a>.
      </p>
      <p className="mt-3 text-muted">
        {reused} of {agreement.clauses.length} share at least 40% of their wording with a passage elsewhere.
      </p>
      <ol className="mt-6 divide-y divide-rule border-y border-rule">
        {agreement.clauses.map((clause, i) => (
          <li key={i} id={clauseAnchor(clause, i)} className="py-3 sm:grid sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] sm:gap-6">
            <a href={`${agreementHref(slug, pinned)}#${clauseAnchor(clause, i)}`} className="font-semibold">
              {clauseTitle(clause)}
            </a>
            {clause.reuse.length === 0 ? (
              <p className="text-sm text-muted">No passage elsewhere holds 40% of its wording.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {clause.reuse.map((r, j) => (
                  <li key={j}>
                    {reuseVerb(agreement.date, r.agreement.date)}{" "}
                    <a href={`/agreements/${r.agreement.slug}${pin}#${r.anchor}`}>
                      {r.agreement.shortTitle} {r.heading ? `${r.label} (${r.heading})` : r.label}
                    </a>
                    : <span className="tabular-nums font-semibold">{Math.round(r.share * 100)}%</span> of this wording
                    {r.language === "en" ? "" : ` (${languageLabel(r.language)})`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
