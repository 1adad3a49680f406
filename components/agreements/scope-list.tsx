import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Citations } from "@/components/ui/citations";
import type { ScopeEntry } from "@/lib/domain/schema";
import { basisLabel, confidenceLabel, positionLabel } from "@/lib/format";

export const positionTone: Record<string, BadgeTone> = { covered: "good", "not-covered": "bad", silent: "neutral" };

/** Each activity category with every reading of it: the text's silence and the press reading side by side. */
export function ScopeList({ scope }: { scope: ScopeEntry[] }) {
  if (scope.length === 0) return <p className="text-muted">No scope readings recorded.</p>;
  return (
    <dl className="divide-y divide-rule rounded-lg border border-rule bg-white">
      {scope.map((entry) => (
        <div key={entry.category.key} className="grid gap-2 p-4 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{entry.category.label}</dt>
          <dd className="space-y-3">
            {entry.readings.map((r, i) => (
              <div key={i}>
                <p>
                  <Badge tone={positionTone[r.position]}>{positionLabel(r.position)}</Badge>{" "}
                  <span className="text-sm text-muted">
                    according to {basisLabel(r.basis)}
                    {r.confidence ? ` · ${confidenceLabel(r.confidence)}` : ""}
                  </span>
                </p>
                <p className="mt-1">{r.note}</p>
                <Citations citations={r.citations} label="Evidence" plural="Evidence" />
              </div>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
