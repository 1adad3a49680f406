import type { Clause } from "@/lib/domain/schema";
import { ClauseText } from "./clause-text";

export function ClauseList({ clauses }: { clauses: Clause[] }) {
  return (
    <ol className="space-y-8">
      {clauses.map((clause, i) => (
        <li key={i} id={`clause-${i + 1}`} className="rounded-lg border border-rule bg-white p-4 sm:p-5">
          <h3 className="text-base font-semibold">
            {clause.label}
            <span className="ml-2 text-sm font-normal text-muted">— {clause.provision.label}</span>
          </h3>
          {clause.texts.map((text, j) => (
            <ClauseText key={j} text={text} />
          ))}
          {clause.note ? <p className="mt-3 rounded bg-warn-bg p-2 text-sm text-warn">Note: {clause.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
