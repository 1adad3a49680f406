import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SlugSuggestions } from "@/components/agreements/slug-suggestions";
import { SiteChrome } from "@/components/site/site-chrome";
import { listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

export default async function NotFound() {
  // Lists the current catalogue: rendered on request, never at build time.
  await connection();
  const version = await getLatestVersion();
  const agreements = version ? await listAgreements(version.id) : [];
  return (
    <SiteChrome>
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3">There is no page at this address. If you followed a link to an agreement, its slug may be mistyped.</p>
      <SlugSuggestions options={agreements.map((a) => ({ slug: a.slug, title: a.title }))} />
      <h2 className="mt-8 text-lg font-semibold">All agreements</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {agreements.map((a) => (
          <li key={a.slug}>
            <Link href={`/agreements/${a.slug}`}>{a.title}</Link> <code className="font-mono text-sm text-muted">{a.slug}</code>
          </li>
        ))}
      </ul>
    </SiteChrome>
  );
}
