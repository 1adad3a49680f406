import Link from "next/link";
import { SlugSuggestions } from "@/components/agreements/slug-suggestions";
import { listAgreements } from "@/lib/data/agreements";
import { getLatestVersion } from "@/lib/data/versions";

export default async function AgreementNotFound() {
  const version = await getLatestVersion();
  const agreements = version ? await listAgreements(version.id) : [];
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Agreement not found</h1>
      <div className="mt-4">
        <SlugSuggestions options={agreements.map((a) => ({ slug: a.slug, title: a.title }))} segmentAfter="agreements" />
      </div>
      <p className="mt-6">
        <Link href="/agreements">Browse all {agreements.length} agreements</Link>
      </p>
    </div>
  );
}
