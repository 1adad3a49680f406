import type { Matrix } from "@/lib/compare/provision";
import { COLOURS } from "@/lib/design-tokens";

/** Heat of a similarity: the accent colour mixed into white in proportion (text stays legible on it). */
const heat = (s: number) => `color-mix(in srgb, ${COLOURS.accent} ${Math.round(s * 55)}%, white)`;

/**
 * Word-diff similarity of every pair of wordings on the page, as a table whose cells are shaded by the
 * figure (a heatmap that is also readable as text, cell by cell).
 */
export function SimilarityMatrix({ matrix }: { matrix: Matrix }) {
  if (matrix.slugs.length < 2) return <p className="mt-3 text-sm text-muted">A matrix needs two wordings or more.</p>;
  return (
    <div
      className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white"
      tabIndex={0}
      role="group"
      aria-label="Similarity matrix (scrolls sideways on small screens)"
    >
      <table className="border-collapse text-sm">
        <caption className="sr-only">
          Similarity of each pair of wordings, in per cent of words in common; — where no common text could be diffed.
        </caption>
        <thead>
          <tr>
            <td className="p-1.5" />
            {matrix.names.map((n, i) => (
              <th key={matrix.slugs[i]} scope="col" className="max-w-[7rem] p-1.5 text-left align-bottom text-xs font-medium">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.cells.map((row, r) => (
            <tr key={matrix.slugs[r]}>
              <th scope="row" className="whitespace-nowrap p-1.5 text-left text-xs font-medium">
                {matrix.names[r]}
              </th>
              {row.map((cell, c) => (
                <td
                  key={matrix.slugs[c]}
                  className="min-w-[3rem] border border-white p-1.5 text-center tabular-nums"
                  style={cell.similarity === null ? undefined : { backgroundColor: heat(cell.similarity) }}
                  title={cell.why ?? undefined}
                >
                  {cell.similarity === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{cell.why ?? "not compared"}</span>
                    </>
                  ) : (
                    `${Math.round(cell.similarity * 100)}%`
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
