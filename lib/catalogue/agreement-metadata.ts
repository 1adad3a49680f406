// Title, description, canonical address and preview (Open Graph, Twitter) of an agreement page, latest or
// pinned: the preview image is pinned the same way as the page.
import type { Metadata } from "next";
import type { AgreementDetail } from "../data/agreements";
import type { DatasetVersionInfo } from "../data/versions";
import { formatPartialDate } from "../format";
import { agreementHref } from "@/lib/urls";

export function agreementMetadata(agreement: AgreementDetail, version: DatasetVersionInfo, pinned: boolean): Metadata {
  const path = agreementHref(agreement.slug, pinned ? version.id : null);
  const image = `/og/agreement/${agreement.slug}${pinned ? `?v=${version.id}` : ""}`;
  const title = pinned ? `${agreement.shortTitle} (data version ${version.id})` : `${agreement.shortTitle}: ${agreement.title}`;
  const description = `${formatPartialDate(agreement.date)}. ${agreement.summary}`.slice(0, 300);
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      title: `${agreement.shortTitle} · Pactdiff`,
      description,
      url: path,
      siteName: "Pactdiff",
      images: [{ url: image, width: 1200, height: 630, alt: `${agreement.shortTitle}: ${agreement.title}` }],
    },
    twitter: { card: "summary_large_image", title: `${agreement.shortTitle} · Pactdiff`, description, images: [image] },
  };
}
