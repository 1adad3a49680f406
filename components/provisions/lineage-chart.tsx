import { changesOf, type ProvisionRow } from "@/lib/compare/provision";
import { COLOURS } from "@/lib/design-tokens";
import { formatPartialDate } from "@/lib/format";

const ROW = 58;
const NODE_X = 118;
const TEXT_X = 134;
const W = 700;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quoteList = (words: string[]) => words.map((w) => `“${w}”`).join(", ");

/** "dropped “knowingly” · added “companies”": what changed from the closest earlier wording. */
export function stepWords(row: ProvisionRow): string {
  if (!row.model) return row.language ? "No earlier wording in the catalogue." : "No verbatim text.";
  if (!row.model.diff) return "Not diffed (no common language).";
  if (!row.model.diff.ok) return row.model.diff.message;
  if (row.model.diff.identical) return "Same words.";
  const { dropped, added } = changesOf(row.model.diff);
  return [dropped.length ? `dropped ${quoteList(dropped)}` : "", added.length ? `added ${quoteList(added)}` : ""]
    .filter(Boolean)
    .join(" · ");
}

/**
 * How the wording travelled: one line per wording in date order, an arc from the closest earlier wording
 * it most resembles, and under each name its date, parties, model and the words dropped or added. A
 * server-rendered SVG; the table after it says the same in text.
 */
export function LineageChart({ rows, label }: { rows: ProvisionRow[]; label: string }) {
  const index = new Map(rows.map((r, i) => [r.agreement.slug, i]));
  const height = rows.length * ROW + 12;
  return (
    <figure className="mt-3">
      <div
        className="overflow-x-auto rounded-lg border border-rule bg-white p-2"
        tabIndex={0}
        role="group"
        aria-label="Lineage chart (scrolls sideways on small screens)"
      >
        <svg
          viewBox={`0 0 ${W} ${height}`}
          width={W}
          height={height}
          className="block max-w-none"
          role="img"
          aria-labelledby="lineage-title lineage-desc"
        >
          <title id="lineage-title">{`How the wording of “${label}” travelled`}</title>
          <desc id="lineage-desc">{`${rows.length} wordings in date order; an arc joins each to the closest earlier wording. The table below lists the same.`}</desc>
          {rows.map((r, i) => {
            const parent = r.model ? index.get(r.model.slug) : undefined;
            if (parent === undefined) return null;
            const y1 = parent * ROW + 20;
            const y2 = i * ROW + 20;
            const bulge = Math.min(NODE_X - 64, 12 + 8 * (i - parent));
            return (
              <path
                key={`arc-${r.agreement.slug}`}
                d={`M ${NODE_X} ${y1} C ${NODE_X - bulge} ${y1}, ${NODE_X - bulge} ${y2}, ${NODE_X} ${y2}`}
                fill="none"
                stroke={COLOURS.accent}
                strokeWidth="1.5"
              />
            );
          })}
          {rows.map((r, i) => {
            const y = i * ROW + 20;
            const similarity = r.model?.diff?.ok ? ` (${Math.round(r.model.diff.similarity * 100)}%)` : "";
            const from = r.model
              ? index.has(r.model.slug)
                ? `from ${r.model.shortTitle}${similarity}${r.model.caveats[0] ? ` — ${r.model.caveats[0].label}` : ""}`
                : `from ${r.model.shortTitle}${similarity}, off this page`
              : "first of its line";
            return (
              <g key={r.agreement.slug}>
                <circle
                  cx={NODE_X}
                  cy={y}
                  r="6"
                  fill={r.isReference ? COLOURS.ink : COLOURS.white}
                  stroke={COLOURS.accent}
                  strokeWidth="2"
                />
                <text x={4} y={y + 4} fontSize="12" fill={COLOURS.muted}>
                  {r.agreement.date.slice(0, 7)}
                </text>
                <text x={TEXT_X} y={y + 5} fontSize="14" fontWeight="600" fill={COLOURS.ink}>
                  {clip(`${r.agreement.shortTitle} · ${r.agreement.parties.map((p) => p.name).join(", ")}`, 70)}
                </text>
                <text x={TEXT_X} y={y + 22} fontSize="12" fill={COLOURS.muted}>
                  {clip(from, 80)}
                </text>
                <text x={TEXT_X} y={y + 37} fontSize="12" fill={COLOURS.ink}>
                  {clip(stepWords(r), 84)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        Each arc joins a wording to the closest earlier one in the catalogue (most words in common); the dark dot is the reference.{" "}
        <a href="/methodology#lineage">How this is worked out</a>.
      </figcaption>
      {/* Under 768 px the rows stack into cards, each value labelled, so that "what changed" is read in full. */}
      <table className="mt-3 w-full border-collapse text-left text-sm max-md:block">
        <caption className="sr-only">The lineage as a table: each wording, its closest earlier wording and what changed.</caption>
        <thead className="max-md:sr-only">
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-1.5">
              Wording
            </th>
            <th scope="col" className="p-1.5">
              Date
            </th>
            <th scope="col" className="p-1.5">
              Closest earlier wording
            </th>
            <th scope="col" className="p-1.5">
              What changed
            </th>
          </tr>
        </thead>
        <tbody className="max-md:block">
          {rows.map((r) => (
            <tr key={r.agreement.slug} className="border-b border-rule align-top max-md:block max-md:py-2">
              <th scope="row" className="p-1.5 font-medium max-md:block max-md:p-0">
                <a href={`#w-${r.agreement.slug}`}>{r.agreement.shortTitle}</a>
              </th>
              <td className="p-1.5 md:whitespace-nowrap max-md:inline max-md:p-0 max-md:text-muted">
                {formatPartialDate(r.agreement.date)}
              </td>
              <td className="p-1.5 max-md:block max-md:p-0">
                <span className="text-muted md:hidden">From: </span>
                {r.model
                  ? `${r.model.shortTitle}${r.model.diff?.ok ? ` · ${Math.round(r.model.diff.similarity * 100)}% similar` : ""}`
                  : "—"}
              </td>
              <td className="p-1.5 max-md:block max-md:p-0">{stepWords(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
