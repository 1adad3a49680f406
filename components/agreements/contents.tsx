import type { Clause } from "@/lib/domain/schema";
import { clauseAnchor, openedDivisions } from "./clause-list";
import { ContentsBar } from "./contents-bar";

/**
 * A treaty's table of contents: its divisions and every unit, each linked to its anchor. On a phone it is a
 * bar that stays at the top of the screen and opens the list; on a wide screen a column beside the text.
 */
export function Contents({ clauses }: { clauses: Clause[] }) {
  const units = clauses.filter((c) => c.number !== null).length;
  const summary = (
    <>
      Contents <span className="font-normal text-muted">({units} articles)</span>
    </>
  );
  return (
    <>
      <ContentsBar summary={summary}>
        <ContentsList clauses={clauses} className="max-h-[70vh]" />
      </ContentsBar>
      <aside className="sticky top-4 hidden self-start lg:block print:hidden">
        <p className="font-semibold">{summary}</p>
        <ContentsList clauses={clauses} className="max-h-[calc(100vh-5rem)]" />
      </aside>
    </>
  );
}

function ContentsList({ clauses, className }: { clauses: Clause[]; className: string }) {
  return (
    <nav aria-label="Contents" className={`${className} overflow-y-auto pb-2 text-sm`}>
      <ol className="mt-2">
        {clauses.map((clause, i) => (
          <li key={i}>
            {openedDivisions(clauses, i).map((d) => (
              <span
                key={d.depth}
                className={d.depth === 0 ? "mt-3 block font-semibold" : "mt-1 block text-xs uppercase tracking-wide text-muted"}
              >
                {d.title}
              </span>
            ))}
            <a href={`#${clauseAnchor(clause, i)}`} className="block py-1.5 lg:py-0.5">
              {clause.heading ? `${clause.label} ${clause.heading}` : clause.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
