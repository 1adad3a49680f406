// Lays every event of every compared agreement on one shared time axis. Positions are fractions of the
// axis (0–1) so the SVG can scale to any width; a month- or year-precision date spans its whole month or
// year instead of pretending to be a day.
import type { AgreementDetail, AgreementEvent } from "@/lib/domain/schema";
import { dateSpan, intervalText, type Precision } from "./dates";

/**
 * What a mark stands for: the agreement itself (announced, agreed or published on the agreement's own
 * date), a meeting or reaffirmation under it, a compliance assessment, or anything else related.
 */
export type EventRole = "agreement" | "meeting" | "assessment" | "other";
export type PlacedEvent = AgreementEvent & { slug: string; lane: number; x1: number; x2: number; precision: Precision; role: EventRole };
/** The events of one date (so that marks never overlap), with the time since the date before. */
export type EventGroup = { date: string; precision: Precision; events: PlacedEvent[]; sincePrevious: string | null; gapDays: number };
export type TimelineLayout = {
  lanes: { slug: string; shortTitle: string }[];
  years: { year: number; x: number }[];
  events: PlacedEvent[];
  groups: EventGroup[];
  firstYear: number;
  lastYear: number;
};

type Input = Pick<AgreementDetail, "slug" | "shortTitle" | "events"> & { date?: string };

const OWN_KINDS = ["agreed", "announced", "published"];

/** The one event that is the agreement itself: on its own date, agreed before announced before published. */
function ownEvent(a: Input): AgreementEvent | undefined {
  const onDate = a.events.filter((e) => a.date !== undefined && e.date === a.date);
  for (const kind of OWN_KINDS) {
    const found = onDate.find((e) => e.kind === kind);
    if (found) return found;
  }
  return undefined;
}

function roleOf(e: AgreementEvent, own: AgreementEvent | undefined): EventRole {
  if (e === own) return "agreement";
  if (e.kind === "assessment") return "assessment";
  if (e.kind === "meeting" || e.kind === "reaffirmed") return "meeting";
  return "other";
}

export function layoutTimeline(agreements: Input[]): TimelineLayout {
  const all = agreements.flatMap((a, lane) => {
    const own = ownEvent(a);
    return a.events.map((e) => ({ ...e, slug: a.slug, lane, span: dateSpan(e.date), role: roleOf(e, own) }));
  });
  const lanes = agreements.map((a) => ({ slug: a.slug, shortTitle: a.shortTitle }));
  if (all.length === 0) return { lanes, years: [], events: [], groups: [], firstYear: 0, lastYear: 0 };

  const firstYear = new Date(Math.min(...all.map((e) => e.span.start))).getUTCFullYear();
  const lastYear = new Date(Math.max(...all.map((e) => e.span.end))).getUTCFullYear();
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear + 1, 0, 1);
  const x = (t: number) => (t - start) / (end - start);
  const dayMs = 86_400_000;

  const events = all
    .map(({ span, ...e }) => ({ ...e, precision: span.precision, x1: x(span.start), x2: x(span.end + dayMs) }))
    .sort((a, b) => a.x1 - b.x1 || a.lane - b.lane);
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => ({ year: firstYear + i, x: x(Date.UTC(firstYear + i, 0, 1)) }));
  const groups: EventGroup[] = [];
  for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.lane - b.lane)) {
    const last = groups.at(-1);
    if (last && last.date === e.date) last.events.push(e);
    else {
      const gapDays = last ? Math.max(0, Math.round((dateSpan(e.date).start - dateSpan(last.date).start) / dayMs)) : 0;
      groups.push({
        date: e.date,
        precision: e.precision,
        events: [e],
        sincePrevious: last ? intervalText(last.date, e.date) : null,
        gapDays,
      });
    }
  }
  return { lanes, years, events, groups, firstYear, lastYear };
}
