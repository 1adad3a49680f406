// Title, description, canonical address and preview (Open Graph, Twitter) of an agreement page, latest or
// pinned: the preview image is pinned the same way as the page; the canonical address only when the pinned
// version is not the current one.
import type { Metadata } from "next";
import type { AgreementDetail } from "../data/agreements";
import type { DatasetVersionInfo } from "../data/versions";
import { formatPartialDate } from "../format";
import { agreementHref } from "@/lib/urls";
import { canonicalPin } from "./meta";
import { oembedAlternates } from "../embed/oembed";
import { env } from "../runtime/env";

export function agreementMetadata(agreement: AgreementDetail, version: DatasetVersionInfo, pinned: boolean): Metadata {
  // Pinned to the current version, the page is the unpinned one's: that address is canonical (./meta.ts).
  const path = agreementHref(agreement.slug, pinned ? canonicalPin(version) : null);
  const image = `/og/agreement/${agreement.slug}${pinned ? `?v=${version.id}` : ""}`;
  const title = pinned ? `${agreement.shortTitle} (data version ${version.id})` : `${agreement.shortTitle}: ${agreement.title}`;
  const description = `${formatPartialDate(agreement.date)}. ${agreement.summary}`.slice(0, 300);
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: oembedAlternates(`${env().SITE_URL}${path}`, `/api/v1/agreements/${agreement.slug}${pinned ? `?v=${version.id}` : ""}`),
    },
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
