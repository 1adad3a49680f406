import type { Source } from "@/lib/domain/schema";
import { sourceName, sourceTitle } from "@/lib/format";

/**
 * A source by name, linked to what was seen of it (/sources/{id}?v=: its passages with the quoted words
 * highlighted, and its address); a source of a version from before the evidence archive links to its address.
 * On paper the source's own address follows its name (data-print-href, app/globals.css).
 */
export function SourceLink({ source }: { source: Pick<Source, "evidence" | "publisher" | "title" | "url"> }) {
  const name = sourceName(source);
  if (source.evidence) {
    return (
      <a href={source.evidence.href} title={sourceTitle(source)} data-print-href={source.url ?? undefined}>
        {name}
      </a>
    );
  }
  return source.url ? (
    <a href={source.url} title={sourceTitle(source)} rel="noopener noreferrer external">
      {name}
    </a>
  ) : (
    <span title={sourceTitle(source)}>{name}</span>
  );
}
