import type { Clause, ReuseRef } from "@/lib/domain/schema";
import { ClauseText } from "./clause-text";

/** The anchor of a clause on its agreement's page: a treaty unit's own (art-7), else its place (clause-3). */
export const clauseAnchor = (clause: Clause, i: number) => clause.anchor ?? `clause-${i + 1}`;

/** A unit's title as printed: "Art. 7 — Computer-related forgery"; a statement's clause: its label. */
export const clauseTitle = (clause: Clause) => (clause.heading ? `${clause.label} — ${clause.heading}` : clause.label);

/** The divisions a clause opens that the one before it was not in ("CHAPTER II …", "SECTION 1 …"). */
export function openedDivisions(clauses: Clause[], i: number): { depth: number; title: string }[] {
  const own = clauses[i]?.divisions ?? [];
  const before = clauses[i - 1]?.divisions ?? [];
  const same = own.findIndex((d, depth) => before[depth] !== d);
  if (same === -1) return [];
  return own.slice(same).map((title, k) => ({ depth: same + k, title }));
}

/** Headings under the section's h2: divisions from h3 down, a unit one level below its innermost division. */
const headingTag = (depth: number) => (["h3", "h4", "h5", "h6"] as const)[Math.min(depth, 3)]!;

/** An agreement's clauses in document order; a treaty's units under the headings of their divisions. */
export function ClauseList({ clauses, date, pin = "" }: { clauses: Clause[]; date: string; pin?: string }) {
  return (
    <ol className="space-y-8">
      {clauses.map((clause, i) => {
        const Title = headingTag(clause.divisions.length);
        return (
          <li key={i} id={clauseAnchor(clause, i)} className="scroll-mt-16">
            {openedDivisions(clauses, i).map((d) => {
              const Division = headingTag(d.depth);
              return (
                <Division
                  key={d.depth}
                  className={
                    d.depth === 0
                      ? "mb-2 mt-10 font-serif text-xl font-semibold"
                      : "mb-2 mt-4 text-sm font-semibold uppercase tracking-wide text-muted"
                  }
                >
                  {d.title}
                </Division>
              );
            })}
            <div className="rounded-lg border border-rule bg-white p-4 sm:p-5">
              <Title className="text-base font-semibold">
                <a href={`#${clauseAnchor(clause, i)}`} className="text-ink no-underline hover:underline">
                  {clauseTitle(clause)}
                </a>
                {clause.provision && clause.provision.label.toLowerCase() !== clause.heading?.toLowerCase() ? (
                  <span className="ml-2 text-sm font-normal text-muted">— {clause.provision.label}</span>
                ) : null}
              </Title>
              {clause.texts.map((text, j) => (
                <ClauseText key={j} text={text} />
              ))}
              {clause.note ? <p className="mt-3 rounded bg-warn-bg p-2 text-sm text-warn">Note: {clause.note}</p> : null}
              {clause.reuse[0] ? <ReuseLine reuse={clause.reuse[0]} date={date} pin={pin} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** How a passage elsewhere relates in time to this one: it copies an earlier text, or a later one copies it. */
export function reuseVerb(own: string, other: string): string {
  if (other < own.slice(0, other.length)) return "Reuses";
  if (other.slice(0, own.length) > own) return "Reused in";
  return "Shares wording with";
}

/** The closest wording elsewhere in the catalogue: which passage, and how much of this one it holds. */
function ReuseLine({ reuse, date, pin }: { reuse: ReuseRef; date: string; pin: string }) {
  return (
    <p className="mt-3 text-sm">
      {reuseVerb(date, reuse.agreement.date)}{" "}
      <a href={`/agreements/${reuse.agreement.slug}${pin}#${reuse.anchor}`}>
        {reuse.agreement.shortTitle} {reuse.label}
      </a>
      : <span className="tabular-nums">{Math.round(reuse.share * 100)}%</span> of this wording is in it.
    </p>
  );
}
