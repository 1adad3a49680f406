import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementView } from "@/components/agreements/agreement-view";
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
  const all = await listAgreements(found.version.id);
  return <AgreementView agreement={found.agreement} version={found.version} all={all} />;
}
