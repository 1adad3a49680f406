"use client";
// Suggestions on the not-found page. The root not-found page is part of every page's payload (it is the
// fallback of the root layout's not-found boundary), so it must not carry the catalogue: the current list of
// agreements is fetched from the API when a not-found page actually shows, and the unknown slug is read from
// the address. Without JavaScript the page links to the catalogue instead.
import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { suggestSlugs } from "@/lib/text/suggest";

export type SlugOption = { slug: string; title: string };

const subscribe = () => () => {};

/** The current catalogue's slugs and titles, fetched once on mount (null until then). */
function useCatalogue(): SlugOption[] | null {
  const [options, setOptions] = useState<SlugOption[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/v1/agreements")
      .then((r) => (r.ok ? r.json() : { agreements: [] }))
      .then(
        (data: { agreements?: SlugOption[] }) => live && setOptions((data.agreements ?? []).map(({ slug, title }) => ({ slug, title }))),
      )
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, []);
  return options;
}

export function SlugSuggestions() {
  const pathname = useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => null,
  );
  const options = useCatalogue();
  if (!pathname || !options) return null;
  const segments = pathname.split("/").filter(Boolean).map(safeDecode);
  const [section, ...asked] = segments;
  if (section !== "agreements" && section !== "compare") return null;
  const known = new Set(options.map((o) => o.slug));
  const unknown = asked.filter((s) => !known.has(s));
  if (unknown.length === 0) return null;
  const suggested = [...new Set(unknown.flatMap((s) => suggestSlugs(s, [...known])))]
    .map((slug) => options.find((o) => o.slug === slug))
    .filter((o) => o !== undefined);

  return (
    <div className="mt-4 rounded-lg border border-rule bg-white p-4" role="status">
      <p>
        No agreement has the slug{" "}
        {unknown.map((s, i) => (
          <span key={i}>
            {i > 0 ? ", " : ""}
            <code className="rounded bg-paper px-1 font-mono text-sm">{s.slice(0, 120)}</code>
          </span>
        ))}
        .
      </p>
      {suggested.length > 0 ? (
        <>
          <h2 className="mt-3 font-semibold">Did you mean</h2>
          <ul className="mt-1 list-disc pl-6">
            {suggested.map((o) => (
              <li key={o.slug}>
                <Link prefetch={false} href={`/agreements/${o.slug}`}>
                  {o.title}
                </Link>{" "}
                <code className="font-mono text-sm text-muted">{o.slug}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
