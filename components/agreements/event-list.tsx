import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import type { AgreementEvent } from "@/lib/domain/schema";
import { eventKindLabel, formatPartialDate } from "@/lib/format";

/** A dated list of events; a month-precision date reads as a month, never as a day. */
export function EventList({ events }: { events: AgreementEvent[] }) {
  return (
    <ol className="relative space-y-6 border-l-2 border-rule pl-5">
      {events.map((e, i) => (
        <li key={i} className="relative">
          <span
            aria-hidden
            className={`absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-paper ${e.kind === "assessment" ? "bg-warn" : "bg-accent"}`}
          />
          <p className="text-sm">
            <time dateTime={e.date} className="font-semibold">
              {formatPartialDate(e.date)}
            </time>{" "}
            <Badge tone={e.kind === "assessment" ? "warn" : "accent"}>{eventKindLabel(e.kind)}</Badge>
            {e.confidence !== "high" ? <span className="ml-1 text-xs text-muted">({e.confidence} confidence)</span> : null}
          </p>
          <p className="mt-1 font-medium">{e.title}</p>
          {e.description ? <p className="mt-1 text-muted">{e.description}</p> : null}
          {e.assessor ? (
            <p className="mt-1">
              <span className="font-medium">{e.assessor}:</span> {e.finding}
            </p>
          ) : null}
          {e.sharedFrom ? (
            <p className="mt-1 text-sm text-muted">
              About several agreements; recorded with{" "}
              <Link prefetch={false} href={`/agreements/${e.sharedFrom.slug}`}>
                {e.sharedFrom.shortTitle}
              </Link>
              .
            </p>
          ) : null}
          {e.alsoConcerns.length ? (
            <p className="mt-1 text-sm text-muted">
              Also about:{" "}
              {e.alsoConcerns.map((a, k) => (
                <span key={a.slug}>
                  {k > 0 ? ", " : ""}
                  <Link prefetch={false} href={`/agreements/${a.slug}`}>
                    {a.shortTitle}
                  </Link>
                </span>
              ))}
              .
            </p>
          ) : null}
          <Citations citations={e.citations} />
        </li>
      ))}
    </ol>
  );
}
