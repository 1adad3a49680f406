import { Citations } from "@/components/ui/citations";
import { SourceLink } from "@/components/ui/source-link";
import type { Correction } from "@/lib/domain/schema";

/** Claims in circulation that the sources contradict, each with what the sources say instead. */
export function CorrectionList({ corrections }: { corrections: Correction[] }) {
  return (
    <ol className="space-y-4">
      {corrections.map((c, i) => (
        <li key={i} className="rounded-lg border border-rule bg-white p-4">
          <p className="text-sm text-muted">
            Claimed by <SourceLink source={c.claimedBy} />
          </p>
          <p className="mt-1">
            <span className="font-semibold text-del">Claim: </span>
            <q className="italic">{c.claim}</q>
          </p>
          <p className="mt-2">
            <span className="font-semibold text-ins">Correction: </span>
            {c.correction}
          </p>
          <Citations citations={c.citations} />
        </li>
      ))}
    </ol>
  );
}
