import type { Citation } from "@/lib/data/citations";
import { formatPartialDate, sourceKindLabel } from "@/lib/format";

/** The sources behind a clause, reading, event or correction, each with its pinpoint and kind. */
export function Citations({ citations, label = "Source" }: { citations: Citation[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <div className="mt-2 text-sm text-muted">
      <span className="font-medium">{citations.length > 1 ? `${label}s` : label}: </span>
      <ul className="inline">
        {citations.map((c, i) => (
          <li key={`${c.source.key}-${i}`} className="inline after:content-['_·_'] last:after:content-none">
            {c.source.url ? (
              <a href={c.source.url} rel="noopener noreferrer external" title={c.source.title}>
                {c.source.publisher}
              </a>
            ) : (
              <span title={c.source.title}>{c.source.publisher}</span>
            )}
            {c.source.date ? `, ${formatPartialDate(c.source.date)}` : null}
            {c.pinpoint ? <span>, {c.pinpoint}</span> : null}
            <span className="text-xs"> ({sourceKindLabel(c.source.kind)})</span>
            {c.source.reliability ? <span className="text-xs italic"> — {c.source.reliability}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
