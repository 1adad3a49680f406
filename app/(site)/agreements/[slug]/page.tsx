import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementHeader } from "@/components/agreements/agreement-header";
import { ClauseList } from "@/components/agreements/clause-list";
import { CorrectionList } from "@/components/agreements/correction-list";
import { EventList } from "@/components/agreements/event-list";
import { ScopeList } from "@/components/agreements/scope-list";
import { ComparePicker } from "@/components/compare/compare-picker";
import { getAgreementBySlug, listAgreements, listAgreementSlugs } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { formatPartialDate } from "@/lib/format";

// Prerendered for every slug at build time and refreshed every five minutes. Unknown slugs fall through to
// the root not-found page: Next 16 serves an empty body when notFound() is thrown by a page at run time.
export const revalidate = 300;
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  const version = await getLatestVersion();
  return version ? (await listAgreementSlugs(version.id)).map((slug) => ({ slug })) : [];
}

async function load(slug: string) {
  const version = await getLatestVersion();
  const agreement = version ? await getAgreementBySlug(version.id, slug) : null;
  return agreement && version ? { agreement, version } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).slug);
  if (!found) return { title: "Agreement not found", robots: { index: false } };
  const { agreement } = found;
  return {
    title: `${agreement.shortTitle}: ${agreement.title}`,
    description: `${formatPartialDate(agreement.date)}. ${agreement.summary}`.slice(0, 300),
    alternates: { canonical: `/agreements/${agreement.slug}` },
  };
}

export default async function AgreementPage({ params }: Props) {
  const found = await load((await params).slug);
  if (!found) notFound();
  const { agreement, version } = found;
  const all = await listAgreements(version.id);
  const sections = [
    ["clauses", `Clauses (${agreement.clauses.length})`],
    ["scope", "Scope"],
    ["timeline", "Timeline"],
    ...(agreement.corrections.length ? [["corrections", `Corrections (${agreement.corrections.length})`]] : []),
  ];

  return (
    <article>
      <AgreementHeader agreement={agreement} />
      <nav aria-label="On this page" className="mt-6 border-y border-rule py-2 text-sm">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-6">
        <ComparePicker agreements={all} selected={[agreement.slug]} heading={`Compare ${agreement.shortTitle} with…`} />
      </div>

      <section aria-labelledby="clauses" className="mt-8">
        <h2 id="clauses" className="mb-4 font-serif text-2xl font-semibold">Clauses</h2>
        <ClauseList clauses={agreement.clauses} />
      </section>

      <section aria-labelledby="scope" className="mt-10">
        <h2 id="scope" className="mb-4 font-serif text-2xl font-semibold">Scope</h2>
        <p className="mb-4 max-w-3xl text-muted">
          What the agreement covers, category by category. Where the text is silent and officials or the press read it
          one way, both readings are shown with their evidence.
        </p>
        <ScopeList scope={agreement.scope} />
      </section>

      <section aria-labelledby="timeline" className="mt-10">
        <h2 id="timeline" className="mb-4 font-serif text-2xl font-semibold">Timeline</h2>
        <EventList events={agreement.events} />
      </section>

      {agreement.corrections.length ? (
        <section aria-labelledby="corrections" className="mt-10">
          <h2 id="corrections" className="mb-2 font-serif text-2xl font-semibold">Corrections</h2>
          <p className="mb-4 max-w-3xl text-muted">Claims about this agreement in circulation that the sources contradict.</p>
          <CorrectionList corrections={agreement.corrections} />
        </section>
      ) : null}

      <p className="mt-10 text-sm text-muted">
        Dataset version <code className="font-mono">{version.id}</code>, imported {version.importedAt.slice(0, 10)}.
      </p>
    </article>
  );
}
