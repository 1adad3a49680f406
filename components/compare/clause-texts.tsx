import { Citations } from "@/components/ui/citations";
import { ProvenanceBadges } from "@/components/ui/provenance-badges";
import type { Clause, ClauseText } from "@/lib/domain/schema";
import { textAttributes } from "@/lib/text/direction";

/**
 * One clause as quoted: where it stands, its note, each text (a paraphrase set apart from quotations) with
 * every provenance mark, and its sources once each. Texts already shown in a diff are left out (`shown`).
 */
export function ClauseTexts({ clause, shown }: { clause: Clause; shown: ReadonlySet<ClauseText> }) {
  return (
    <div>
      <p className="text-xs font-medium text-muted">{clause.label}</p>
      {clause.note ? <p className="mt-0.5 text-xs text-muted">{clause.note}</p> : null}
      {clause.texts
        .filter((t) => !shown.has(t))
        .map((t, j) => (
          <div key={j} className="mt-1">
            {t.form === "paraphrase" ? (
              <p {...textAttributes(t.language)} className="italic text-muted">
                {t.text}
              </p>
            ) : (
              <blockquote {...textAttributes(t.language)} className="font-serif text-[1.05rem] leading-relaxed">
                {t.text}
              </blockquote>
            )}
            <div className="mt-1">
              <ProvenanceBadges text={t} />
            </div>
            {t.note ? <p className="mt-0.5 text-xs text-muted">{t.note}</p> : null}
          </div>
        ))}
      <Citations
        citations={clause.texts
          .flatMap((t) => t.citations)
          .filter((c, k, all) => all.findIndex((o) => o.source.key === c.source.key) === k)}
      />
    </div>
  );
}
