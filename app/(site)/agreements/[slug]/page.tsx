import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementView } from "@/components/agreements/agreement-view";
import { getAgreementBySlug, listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";
import { agreementMetadata } from "@/lib/catalogue/agreement-metadata";
import { citationMetadata } from "@/lib/catalogue/meta";
import { agreementCiteTarget } from "@/lib/cite/targets";
import { env } from "@/lib/runtime/env";

// proxy.ts answers unknown slugs with a 404 page of its own before this renders.
// Rendered on request for the current dataset version; server.ts keeps the result per version (lib/front).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const version = await getLatestVersion();
  const agreement = version ? await getAgreementBySlug(version.id, slug) : null;
  return agreement && version ? { agreement, version } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).slug);
  if (!found) return { title: "Agreement not found", robots: { index: false } };
  const other = citationMetadata(agreementCiteTarget(found.agreement, found.version), env().SITE_URL);
  return { ...agreementMetadata(found.agreement, found.version, false), other };
}

export default async function AgreementPage({ params }: Props) {
  const found = await load((await params).slug);
  if (!found) notFound();
  const all = await listAgreements(found.version.id);
  return <AgreementView agreement={found.agreement} version={found.version} all={all} />;
}
