import type { Comparison } from "@/lib/compare/comparison";
import type { Row } from "@/lib/compare/align";
import type { DiffMode } from "@/lib/compare/state";
import { formatPartialDate } from "@/lib/format";
import { ClauseCell } from "./clause-cell";
import { CopyLinkButton } from "./copy-link-button";
import { RowStatusBadge } from "./row-status";

/** A row that says something about the agreements together: present in two or more of them. */
const shared = (row: Row) => row.status.kind !== "only-in";
/** A row whose wording is the same in all: hidden by "Only differences". */
const same = (row: Row) => row.status.kind === "identical";

/**
 * A redline: one row per provision, one equal-width column per agreement, agreement names that stay in
 * view while the rows scroll (sticky header). Rows a provision has in only one agreement are collapsed
 * behind a count at the end; "Only differences" (#differences, pure CSS: works without JavaScript) hides
 * rows worded identically in all; each differing row links to the next change. Each row is an anchor
 * target (#provision-key). Under 768 px the table stacks into cards, each cell labelled with its agreement.
 */
export function ClausesView({ comparison, diff }: { comparison: Comparison; diff: DiffMode }) {
  const { agreements, rows } = comparison;
  const name = (slug: string) => agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;
  const baseName = agreements[0]?.shortTitle ?? "";
  const main = rows.filter(shared);
  const single = rows.filter((r) => !shared(r));
  const changes = main.filter((r) => !same(r));
  const nextChange = new Map(changes.map((r, i) => [r.provision.key, changes[i + 1]?.provision.key ?? null]));
  return (
    <div>
      <span id="differences" className="block scroll-mt-24" aria-hidden />
      <nav aria-label="Redline" className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="text-muted">
          {main.length === 1 ? "1 provision" : `${main.length} provisions`} in two or more, {changes.length} worded differently
          {single.length ? `; ${single.length} only in one` : ""}.
        </span>
        <a href="#differences" className="only-differences-link">
          Only differences
        </a>
        <a href="#all-rows" className="all-rows-link">
          Show all rows
        </a>
        {changes[0] ? <a href={`#${changes[0].provision.key}`}>First change ↓</a> : null}
        <a href="/methodology#similarity">How similarity is measured</a>
      </nav>
      <span id="all-rows" aria-hidden />
      <ClauseTable
        agreements={agreements}
        rows={main}
        name={name}
        baseName={baseName}
        diff={diff}
        nextChange={nextChange}
        caption={`Clauses of ${agreements.map((a) => a.shortTitle).join(", ")} aligned by provision; ${baseName} is the base for differences.`}
      />
      {single.length ? (
        <details className="mt-6 rounded-lg border border-rule bg-white p-3" id="only-in-one">
          <summary className="cursor-pointer font-medium text-accent">
            {single.length === 1 ? "1 provision is" : `${single.length} provisions are`} in only one of these agreements (
            {[...new Set(single.map((r) => (r.status.kind === "only-in" ? name(r.status.slug) : "")))].join(", ")})
          </summary>
          <div className="mt-3">
            <ClauseTable
              agreements={agreements}
              rows={single}
              name={name}
              baseName={baseName}
              diff={diff}
              nextChange={new Map()}
              caption="Provisions in only one of the agreements compared."
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}

function ClauseTable({
  agreements,
  rows,
  name,
  baseName,
  diff,
  nextChange,
  caption,
}: {
  agreements: Comparison["agreements"];
  rows: Row[];
  name: (slug: string) => string;
  baseName: string;
  diff: DiffMode;
  nextChange: Map<string, string | null>;
  caption: string;
}) {
  return (
    <table className="w-full table-fixed border-collapse text-left max-md:block">
      <caption className="sr-only">{caption}</caption>
      <colgroup className="max-md:hidden">
        <col className="w-44" />
        {agreements.map((a) => (
          <col key={a.slug} />
        ))}
      </colgroup>
      <thead className="max-md:sr-only">
        <tr>
          <th scope="col" className="sticky top-0 z-10 border-b-2 border-ink bg-paper p-2 align-bottom text-sm">
            Provision
          </th>
          {agreements.map((a, i) => (
            <th key={a.slug} scope="col" className="sticky top-0 z-10 border-b-2 border-ink bg-paper p-2 align-bottom">
              <span className="block font-serif text-lg">{a.shortTitle}</span>
              <span className="block text-sm font-normal text-muted">
                {formatPartialDate(a.date)}
                {i === 0 ? " · base" : ""}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:block">
        {rows.map((row) => {
          const next = nextChange.get(row.provision.key);
          return (
            <tr
              key={row.provision.key}
              id={row.provision.key}
              tabIndex={-1}
              data-same={same(row) ? "" : undefined}
              className="scroll-mt-24 border-b border-rule align-top outline-none target:bg-accent-soft target:ring-2 target:ring-accent max-md:mb-6 max-md:block max-md:rounded-lg max-md:border max-md:bg-white"
            >
              <th scope="row" className="p-2 font-normal break-words max-md:block max-md:border-b max-md:border-rule">
                <a href={`#${row.provision.key}`} className="block font-semibold text-ink no-underline hover:underline">
                  {row.provision.label}
                </a>
                <span className="mt-1 block">
                  <RowStatusBadge status={row.status} name={name} />
                </span>
                <span className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                  <CopyLinkButton anchor={row.provision.key} label={row.provision.label} />
                  {next ? <a href={`#${next}`}>Next change ↓</a> : null}
                </span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={cell.slug} className="p-2 break-words max-md:block">
                  <p className="mb-1 text-sm font-semibold md:hidden" aria-hidden>
                    {name(cell.slug)}
                    {i === 0 ? " (base)" : ""}
                  </p>
                  <ClauseCell cell={cell} diff={diff} baseName={baseName} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
