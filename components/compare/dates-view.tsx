import { Citations } from "@/components/ui/citations";
import type { Comparison } from "@/lib/compare/comparison";
import { eventKindLabel, formatPartialDate } from "@/lib/format";

const W = 1000;
const LEFT = 190;
const RIGHT = 20;
const LANE = 56;
const TOP = 34;

/**
 * Every event of every agreement on one shared axis. A day is a dot, a month a bar over the month, a year
 * a band over the year; compliance assessments are diamonds. The table below is the text equivalent.
 */
export function DatesView({ comparison }: { comparison: Comparison }) {
  const { timeline, agreements, summary } = comparison;
  const plotW = W - LEFT - RIGHT;
  const x = (f: number) => LEFT + f * plotW;
  const height = TOP + timeline.lanes.length * LANE + 10;
  const name = (slug: string) => agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;

  return (
    <div>
      {summary.intervals.length ? (
        <ul className="mb-4 space-y-1">
          {summary.intervals.map((s) => (
            <li key={s} className="font-medium">{s}</li>
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-rule bg-white p-2" tabIndex={0} role="group" aria-label="Timeline chart (scrolls sideways on small screens)">
        <svg
          viewBox={`0 0 ${W} ${height}`}
          className="block h-auto min-w-[720px] w-full"
          role="img"
          aria-labelledby="timeline-title timeline-desc"
        >
          <title id="timeline-title">{`Timeline of ${agreements.map((a) => a.shortTitle).join(", ")}`}</title>
          <desc id="timeline-desc">{`${timeline.events.length} events from ${timeline.firstYear} to ${timeline.lastYear}; the table below lists them.`}</desc>
          {timeline.years.map((y) => (
            <g key={y.year}>
              <line x1={x(y.x)} x2={x(y.x)} y1={TOP - 8} y2={height - 6} stroke="#d9d6cf" />
              {y.year <= timeline.lastYear ? (
                <text x={x(y.x) + 4} y={TOP - 14} fontSize="14" fill="#565b66">{y.year}</text>
              ) : null}
            </g>
          ))}
          {timeline.lanes.map((lane, i) => (
            <g key={lane.slug}>
              <line x1={LEFT} x2={W - RIGHT} y1={TOP + i * LANE + LANE / 2} y2={TOP + i * LANE + LANE / 2} stroke="#e8e5de" />
              <text x={4} y={TOP + i * LANE + LANE / 2 + 5} fontSize="14" fontWeight="600" fill="#1d1f24">{lane.shortTitle}</text>
            </g>
          ))}
          {timeline.events.map((e, i) => {
            const cy = TOP + e.lane * LANE + LANE / 2;
            const color = e.kind === "assessment" ? "#7a4d00" : "#1f4f8f";
            const label = `${formatPartialDate(e.date)} — ${name(e.slug)}: ${e.title}`;
            if (e.precision === "day") {
              const cx = x(e.x1);
              return e.kind === "assessment" ? (
                <path key={i} d={`M${cx} ${cy - 8} L${cx + 8} ${cy} L${cx} ${cy + 8} L${cx - 8} ${cy} Z`} fill={color} opacity="0.85">
                  <title>{label}</title>
                </path>
              ) : (
                <circle key={i} cx={cx} cy={cy} r="7" fill={color} stroke="#fff" strokeWidth="2" opacity="0.9">
                  <title>{label}</title>
                </circle>
              );
            }
            const w = Math.max(4, x(e.x2) - x(e.x1));
            const h = e.precision === "month" ? 10 : 28;
            return (
              <rect key={i} x={x(e.x1)} y={cy - h / 2} width={w} height={h} rx="3" fill={color} opacity={e.precision === "month" ? 0.6 : 0.2}>
                <title>{`${label} (${e.precision} precision)`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <p className="mt-2 text-sm text-muted">
        Dots are exact days, bars whole months (the day is not known), diamonds and brown marks compliance assessments.
      </p>

      <table className="mt-6 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-serif text-xl font-semibold">All events in date order</caption>
        <thead>
          <tr>
            <th scope="col" className="w-36 border-b-2 border-ink p-2 sm:w-48">When</th>
            <th scope="col" className="border-b-2 border-ink p-2">Event</th>
          </tr>
        </thead>
        <tbody>
          {timeline.events.map((e, i) => (
            <tr key={i} className="border-b border-rule align-top">
              <td className="p-2">
                <time dateTime={e.date} className="block font-medium">{formatPartialDate(e.date)}</time>
                <span className="block text-muted">{name(e.slug)}</span>
              </td>
              <td className="p-2">
                <span className="text-xs font-medium uppercase tracking-wide text-muted">{eventKindLabel(e.kind)}</span>
                <span className="block font-medium">{e.title}</span>
                {e.assessor ? <span className="block">{e.assessor}: {e.finding}</span> : null}
                {e.description ? <span className="block text-muted">{e.description}</span> : null}
                <Citations citations={e.citations} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
