import type { Metadata } from "next";
import Link from "next/link";
import { SlugSuggestions } from "@/components/agreements/slug-suggestions";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

// Static on purpose: this page is the fallback of the root layout's not-found boundary, so whatever it renders
// travels in every page's payload. The suggestions load the current catalogue in the browser.
export default function NotFound() {
  return (
    <SiteChrome>
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3">There is no page at this address. If you followed a link to an agreement, its slug may be mistyped.</p>
      <SlugSuggestions />
      <p className="mt-8">
        <Link prefetch={false} href="/agreements">
          Browse the catalogue
        </Link>{" "}
        for every agreement, or go to the{" "}
        <Link prefetch={false} href="/">
          home page
        </Link>
        .
      </p>
    </SiteChrome>
  );
}
