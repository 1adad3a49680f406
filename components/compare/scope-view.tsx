import { Badge } from "@/components/ui/badge";
import { positionTone } from "@/components/agreements/scope-list";
import type { Comparison } from "@/lib/compare/comparison";
import { basisLabel, confidenceLabel, positionLabel } from "@/lib/format";
import { SourceLink } from "@/components/ui/source-link";

const POSITIONS: [string, string][] = [
  ["covered", "the agreement deals with this activity"],
  ["not-covered", "a source says the agreement leaves it out"],
  ["silent", "the text seen says nothing about it"],
];
const BASES: [string, string][] = [
  ["text", "the agreement's own words"],
  ["official", "a government's statement about it"],
  ["press", "how the press reported it"],
  ["expert", "an analyst's reading"],
];

/** What positions and bases mean: a reading is only as good as what it rests on. */
export function ScopeLegend() {
  return (
    <details className="mb-4 rounded-lg border border-rule bg-white p-3 text-sm" open>
      <summary className="cursor-pointer font-semibold">How to read this table</summary>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <dl className="space-y-1">
          {POSITIONS.map(([key, meaning]) => (
            <div key={key}>
              <dt className="inline">
                <Badge tone={positionTone[key]}>{positionLabel(key)}</Badge>
              </dt>{" "}
              <dd className="inline text-muted">{meaning}</dd>
            </div>
          ))}
          <div>
            <dt className="inline italic text-muted">Not assessed</dt>{" "}
            <dd className="inline text-muted">no reading recorded; never counted as a difference</dd>
          </div>
        </dl>
        <dl className="space-y-1">
          {BASES.map(([key, meaning]) => (
            <div key={key}>
              <dt className="inline font-medium">per {basisLabel(key)}:</dt> <dd className="inline text-muted">{meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

/** Activity categories × agreements; rows where the assessed agreements differ are marked, in words as well as colour. */
export function ScopeView({ comparison }: { comparison: Comparison }) {
  const { agreements, scope } = comparison;
  const name = (slug: string) => agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;
  return (
    <>
      <ScopeLegend />
      <table className="w-full border-collapse text-left max-md:block">
        <caption className="sr-only">Scope of {agreements.map((a) => a.shortTitle).join(", ")} by activity category</caption>
        <thead className="max-md:sr-only">
          <tr>
            <th scope="col" className="w-48 border-b-2 border-ink p-2 text-sm">
              Activity
            </th>
            {agreements.map((a) => (
              <th key={a.slug} scope="col" className="border-b-2 border-ink p-2 font-serif text-lg">
                {a.shortTitle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block">
          {scope.rows.map((row) => (
            <tr
              key={row.category.key}
              id={`scope-${row.category.key}`}
              tabIndex={-1}
              className={`border-b border-rule align-top outline-none target:ring-2 target:ring-accent max-md:mb-6 max-md:block max-md:rounded-lg max-md:border max-md:bg-white ${row.differs ? "bg-warn-bg/60" : ""}`}
            >
              <th scope="row" className="p-2 font-normal max-md:block max-md:border-b max-md:border-rule">
                <span className="block font-semibold">{row.category.label}</span>
                <span className="block text-xs text-muted">{row.category.description}</span>
                <span className="mt-1 inline-block">
                  {row.differs ? (
                    <Badge tone="warn">Differs</Badge>
                  ) : row.compared ? (
                    <Badge>
                      Same{row.unassessed.length ? " where assessed" : ""}
                      {row.basesDiffer ? ", on different evidence" : ""}
                    </Badge>
                  ) : (
                    <Badge>Assessed for one only</Badge>
                  )}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.slug} className="p-2 max-md:block">
                  <p className="mb-1 text-sm font-semibold md:hidden" aria-hidden>
                    {name(cell.slug)}
                  </p>
                  {cell.readings.length === 0 ? (
                    <p className="italic text-muted">Not assessed</p>
                  ) : (
                    <ul className="space-y-2">
                      {cell.readings.map((r, i) => (
                        <li key={i}>
                          <Badge tone={positionTone[r.position]}>{positionLabel(r.position)}</Badge>{" "}
                          <span className="text-xs text-muted">
                            per {basisLabel(r.basis)}
                            {r.confidence ? ` · ${confidenceLabel(r.confidence)}` : ""}
                          </span>
                          <p className="mt-0.5 text-sm">{r.note}</p>
                          {r.citations.length ? (
                            <p className="text-xs">
                              Evidence:{" "}
                              {r.citations.map((c, k) => (
                                <span key={k}>
                                  {k > 0 ? " · " : ""}
                                  <SourceLink source={c.source} />
                                </span>
                              ))}
                            </p>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
