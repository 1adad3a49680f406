// An agreement as it stood in a pinned dataset version. Public address: /agreements/{slug}?v={version};
// proxy.ts rewrites it here so that the latest-data page stays fully static.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementView } from "@/components/agreements/agreement-view";
import { getAgreementBySlug, listAgreements } from "@/lib/data/agreements";
import { resolveVersion } from "@/lib/data/versions";
import { agreementMetadata } from "@/lib/catalogue/agreement-metadata";
import { citationMetadata } from "@/lib/catalogue/meta";
import { agreementCiteTarget } from "@/lib/cite/targets";
import { env } from "@/lib/runtime/env";

// Rendered on request for the current dataset version; server.ts keeps the result per version (lib/front).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ version: string; slug: string }> };

async function load({ version: v, slug }: { version: string; slug: string }) {
  const version = await resolveVersion(v);
  const agreement = version ? await getAgreementBySlug(version.id, slug) : null;
  return agreement && version ? { agreement, version } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(await params);
  if (!found) return { title: "Agreement not found", robots: { index: false } };
  const { agreement, version } = found;
  const other = citationMetadata(agreementCiteTarget(agreement, version), env().SITE_URL);
  return { ...agreementMetadata(agreement, version, true), other };
}

export default async function PinnedAgreementPage({ params }: Props) {
  const found = await load(await params);
  if (!found) notFound();
  return <AgreementView agreement={found.agreement} version={found.version} all={await listAgreements(found.version.id)} />;
}
