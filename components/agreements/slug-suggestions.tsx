"use client";
// The root not-found page is prerendered once for every unknown address, so the unknown slug is only known
// in the browser: the suggestions appear after load, and the server HTML already lists every agreement.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { suggestSlugs } from "@/lib/suggest";

export type SlugOption = { slug: string; title: string };

const subscribe = () => () => {};

export function SlugSuggestions({ options }: { options: SlugOption[] }) {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname, () => null);
  if (!pathname) return null;
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
                <Link href={`/agreements/${o.slug}`}>{o.title}</Link> <code className="font-mono text-sm text-muted">{o.slug}</code>
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
