import type { Comparison } from "@/lib/compare/comparison";
import type { DiffMode } from "@/lib/compare/state";
import { formatPartialDate } from "@/lib/format";
import { ClauseCell } from "./clause-cell";
import { CopyLinkButton } from "./copy-link-button";
import { RowStatusBadge } from "./row-status";

/**
 * One row per provision, one column per agreement, so texts line up however they wrap. Each row is an
 * anchor target (#provision-key): a shared link scrolls to it and highlights it. Under 768 px the table
 * stacks into cards, each cell labelled with its agreement.
 */
export function ClausesView({ comparison, diff }: { comparison: Comparison; diff: DiffMode }) {
  const { agreements, rows } = comparison;
  const name = (slug: string) => agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;
  const baseName = agreements[0]?.shortTitle ?? "";
  return (
    <table className="w-full border-collapse text-left max-md:block">
      <caption className="sr-only">
        Clauses of {agreements.map((a) => a.shortTitle).join(", ")} aligned by provision; {baseName} is the base for differences.
      </caption>
      <thead className="max-md:sr-only">
        <tr>
          <th scope="col" className="w-48 border-b-2 border-ink p-2 align-bottom text-sm">
            Provision
          </th>
          {agreements.map((a, i) => (
            <th key={a.slug} scope="col" className="border-b-2 border-ink p-2 align-bottom">
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
        {rows.map((row) => (
          <tr
            key={row.provision.key}
            id={row.provision.key}
            tabIndex={-1}
            className="scroll-mt-4 border-b border-rule align-top outline-none target:bg-accent-soft target:ring-2 target:ring-accent max-md:mb-6 max-md:block max-md:rounded-lg max-md:border max-md:bg-white"
          >
            <th scope="row" className="p-2 font-normal max-md:block max-md:border-b max-md:border-rule">
              <a href={`#${row.provision.key}`} className="block font-semibold text-ink no-underline hover:underline">
                {row.provision.label}
              </a>
              <span className="mt-1 block">
                <RowStatusBadge status={row.status} name={name} />
              </span>
              <span className="mt-2 block">
                <CopyLinkButton anchor={row.provision.key} label={row.provision.label} />
              </span>
            </th>
            {row.cells.map((cell, i) => (
              <td key={cell.slug} className="p-2 max-md:block">
                <p className="mb-1 text-sm font-semibold md:hidden" aria-hidden>
                  {name(cell.slug)}
                  {i === 0 ? " (base)" : ""}
                </p>
                <ClauseCell cell={cell} diff={diff} baseName={baseName} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
