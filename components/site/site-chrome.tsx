import Link from "next/link";
import type { ReactNode } from "react";
import { LICENCE } from "@/lib/licence";

/** Header, main landmark and footer shared by the analyst pages and the root not-found page. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      {/* React hoists this into the document head: every page announces the changelog feed. */}
      <link rel="alternate" type="application/atom+xml" title="Pactdiff: what changed in the catalogue" href="/feeds/changes.atom" />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3">
          <Link prefetch={false} href="/" className="font-serif text-2xl font-semibold tracking-tight text-ink no-underline">
            Pact<span className="text-accent">diff</span>
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 whitespace-nowrap text-sm">
              <li>
                <Link prefetch={false} href="/agreements">
                  Agreements
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/provisions">
                  Provisions
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/changes">
                  What changed
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/#about">
                  About the sources
                </Link>
              </li>
            </ul>
          </nav>
          <form action="/search" method="get" role="search" aria-label="Search clause texts" className="flex w-full gap-2 sm:w-auto">
            <label htmlFor="site-search" className="sr-only">
              Search every clause
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              maxLength={200}
              placeholder="Search clauses, e.g. IP theft"
              className="min-w-0 flex-1 rounded border border-rule bg-white px-2 py-1 text-sm sm:w-56"
            />
            <button type="submit" className="rounded border border-accent px-2 py-1 text-sm font-medium text-accent">
              Search
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-12 border-t border-rule">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          Pactdiff compares the texts of cyber agreements between states. Clause text is quoted from the best available primary source and
          marked when it is a truncated copy, a translation or a paraphrase. Known misquotes in circulation are listed as corrections.
          <p className="mt-2">
            The catalogue&apos;s coding and notes are licensed under{" "}
            <a href={LICENCE.url} rel="license">
              {LICENCE.short}
            </a>
            ; quoted agreement texts remain their publishers&apos;.{" "}
            <Link prefetch={false} href="/changes">
              What changed
            </Link>{" "}
            ·{" "}
            <Link prefetch={false} href="/data">
              Download the catalogue
            </Link>{" "}
            · <a href="/feeds/changes.atom">Atom feed</a>
          </p>
        </div>
      </footer>
    </>
  );
}
