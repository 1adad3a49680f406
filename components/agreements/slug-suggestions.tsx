"use client";
// Rendered on the server too (usePathname works during SSR), so the suggestions are in the 404's HTML
// even with JavaScript off; not-found pages get no params, hence the pathname.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { suggestSlugs } from "@/lib/suggest";

export type SlugOption = { slug: string; title: string };

export function SlugSuggestions({ options, segmentAfter }: { options: SlugOption[]; segmentAfter: string }) {
  const pathname = usePathname() ?? "";
  const segments = pathname.split("/").filter(Boolean);
  const start = segments.indexOf(segmentAfter);
  const asked = start >= 0 ? segments.slice(start + 1) : [];
  const known = new Set(options.map((o) => o.slug));
  const unknown = asked.map(safeDecode).filter((s) => !known.has(s));
  const slugs = unknown.flatMap((s) => suggestSlugs(s, [...known]));
  const suggested = [...new Set(slugs)].map((slug) => options.find((o) => o.slug === slug)).filter((o) => o !== undefined);

  return (
    <div>
      {unknown.length > 0 ? (
        <p>
          No agreement has the slug{" "}
          {unknown.map((s, i) => (
            <span key={i}>
              {i > 0 ? ", " : ""}
              <code className="rounded bg-white px-1 font-mono text-sm">{s.slice(0, 120)}</code>
            </span>
          ))}
          .
        </p>
      ) : null}
      {suggested.length > 0 ? (
        <>
          <h2 className="mt-6 text-lg font-semibold">Did you mean</h2>
          <ul className="mt-2 list-disc pl-6">
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
