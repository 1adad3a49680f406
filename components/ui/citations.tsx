import type { Citation } from "@/lib/domain/schema";
import { formatPartialDate, sourceKindLabel } from "@/lib/format";
import { SourceLink } from "./source-link";

/**
 * The sources behind a clause, reading, event or correction, each with its pinpoint and kind. A source links
 * to what was seen of it (/sources/{id}: its passages, quoted words highlighted); its own address is there.
 */
export function Citations({
  citations,
  label = "Source",
  plural = `${label}s`,
}: {
  citations: Citation[];
  label?: string;
  plural?: string;
}) {
  if (citations.length === 0) return null;
  return (
    <div className="mt-2 text-sm text-muted">
      <span className="font-medium">{citations.length > 1 ? plural : label}: </span>
      <ul className="inline">
        {citations.map((c, i) => (
          <li key={`${c.source.key}-${i}`} className="inline after:content-['_·_'] last:after:content-none">
            <SourceLink source={c.source} />
            {/* Plain text where it can be: a long timeline has a hundred citations, and every element costs hydration. */}
            {`${c.source.date ? `, ${formatPartialDate(c.source.date)}` : ""}${c.pinpoint ? `, ${c.pinpoint}` : ""}`}
            <span className="text-xs">
              {` (${sourceKindLabel(c.source.kind)})${c.source.reliability ? ` — ${c.source.reliability}` : ""}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
