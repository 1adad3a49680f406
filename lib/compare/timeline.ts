// Lays every event of every compared agreement on one shared time axis. Positions are fractions of the
// axis (0–1) so the SVG can scale to any width; a month- or year-precision date spans its whole month or
// year instead of pretending to be a day.
import type { AgreementDetail, AgreementEvent } from "@/lib/data/agreements";
import { dateSpan, type Precision } from "./dates";

export type PlacedEvent = AgreementEvent & { slug: string; lane: number; x1: number; x2: number; precision: Precision };
export type TimelineLayout = {
  lanes: { slug: string; shortTitle: string }[];
  years: { year: number; x: number }[];
  events: PlacedEvent[];
  firstYear: number;
  lastYear: number;
};

type Input = Pick<AgreementDetail, "slug" | "shortTitle" | "events">;

export function layoutTimeline(agreements: Input[]): TimelineLayout {
  const all = agreements.flatMap((a, lane) => a.events.map((e) => ({ ...e, slug: a.slug, lane, span: dateSpan(e.date) })));
  const lanes = agreements.map((a) => ({ slug: a.slug, shortTitle: a.shortTitle }));
  if (all.length === 0) return { lanes, years: [], events: [], firstYear: 0, lastYear: 0 };

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
  return { lanes, years, events, firstYear, lastYear };
}
