import { Citations } from "@/components/ui/citations";
import type { Comparison } from "@/lib/compare/comparison";
import type { EventRole } from "@/lib/compare/timeline";
import { COLOURS, LANE_COLOURS } from "@/lib/design-tokens";
import { eventKindLabel, formatPartialDate } from "@/lib/format";

// One colour per agreement column (words always name the agreement too: colour is never the only cue).
const ROLE_LABEL: Record<EventRole, string> = {
  agreement: "The agreement itself",
  meeting: "Meeting or reaffirmation",
  assessment: "Compliance assessment",
  other: "Related event",
};

/** The mark of an event: a filled square for the agreement itself, a circle for meetings, a diamond for assessments. */
function Mark({ role, colour }: { role: EventRole; colour: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden className="shrink-0">
      {role === "agreement" ? <rect x="2" y="2" width="12" height="12" fill={colour} /> : null}
      {role === "meeting" ? <circle cx="8" cy="8" r="6" fill={COLOURS.white} stroke={colour} strokeWidth="2.5" /> : null}
      {role === "assessment" ? <path d="M8 1 L15 8 L8 15 L1 8 Z" fill={colour} /> : null}
      {role === "other" ? <circle cx="8" cy="8" r="3.5" fill={colour} /> : null}
    </svg>
  );
}

/**
 * Every event of every agreement compared, as a vertical timeline that reads at any width: one entry per
 * date (simultaneous events share it, so nothing overlaps), each mark labelled with its agreement and what
 * happened, the agreement's own date told apart from meetings and assessments by shape and by words, and
 * the time since the previous date stated between entries.
 */
export function DatesView({ comparison }: { comparison: Comparison }) {
  const { timeline, agreements, summary } = comparison;
  const lane = new Map(agreements.map((a, i) => [a.slug, i]));
  const name = (slug: string) => agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;
  const colour = (slug: string) => LANE_COLOURS[(lane.get(slug) ?? 0) % LANE_COLOURS.length] ?? COLOURS.accent;
  const roles = [...new Set(timeline.events.map((e) => e.role))];

  return (
    <div>
      {summary.intervals.length ? (
        <ul className="mb-4 space-y-1">
          {summary.intervals.map((s) => (
            <li key={s} className="font-medium">
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mb-4 flex flex-wrap gap-x-5 gap-y-1 text-sm" role="group" aria-label="Key">
        {agreements.map((a) => (
          <span key={a.slug} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: colour(a.slug) }} aria-hidden />
            {a.shortTitle}
          </span>
        ))}
        {roles.map((r) => (
          <span key={r} className="flex items-center gap-1.5 text-muted">
            <Mark role={r} colour={COLOURS.muted} />
            {ROLE_LABEL[r]}
          </span>
        ))}
      </div>
      <ol
        className="relative border-l-2 border-rule pl-0"
        aria-label={`Timeline of ${agreements.map((a) => a.shortTitle).join(", ")}: ${timeline.events.length} events in date order`}
      >
        {timeline.groups.map((g) => (
          <li key={g.date} className="relative">
            {g.sincePrevious ? (
              // The gap grows with the time that passed (a few steps, so that years do not make the page endless).
              <p className={`ml-4 text-xs italic text-muted ${g.gapDays > 365 ? "py-5" : g.gapDays > 60 ? "py-3" : "py-1"}`}>
                {g.sincePrevious}
              </p>
            ) : null}
            <div className="ml-4 rounded-lg border border-rule bg-white p-3">
              <time dateTime={g.date} className="block font-semibold">
                {formatPartialDate(g.date)}
                {g.precision !== "day" ? <span className="font-normal text-muted"> (day not known)</span> : null}
              </time>
              <ul className="mt-1 space-y-2">
                {g.events.map((e, i) => (
                  <li key={i} className="flex gap-2">
                    <span className="mt-1">
                      <Mark role={e.role} colour={colour(e.slug)} />
                    </span>
                    <div className="min-w-0">
                      <p className="text-sm">
                        <span className="font-semibold" style={{ color: colour(e.slug) }}>
                          {name(e.slug)}
                        </span>
                        <span className="text-muted">
                          {" "}
                          ·{" "}
                          {e.role === "agreement"
                            ? `${ROLE_LABEL.agreement} (${eventKindLabel(e.kind).toLowerCase()})`
                            : eventKindLabel(e.kind)}
                        </span>
                      </p>
                      <p className="font-medium">{e.title}</p>
                      {e.assessor ? (
                        <p className="text-sm">
                          {e.assessor}: {e.finding}
                        </p>
                      ) : null}
                      {e.description ? <p className="text-sm text-muted">{e.description}</p> : null}
                      <Citations citations={e.citations} />
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
