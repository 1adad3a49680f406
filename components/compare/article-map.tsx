import { Badge } from "@/components/ui/badge";
import type { Comparison } from "@/lib/compare/comparison";
import type { DiffMode } from "@/lib/compare/state";
import type { UnitMap, UnitPair } from "@/lib/compare/units";
import type { Clause } from "@/lib/domain/schema";
import { ClauseCell } from "./clause-cell";

const KIND_LABELS: Record<UnitPair["kind"], string> = {
  "one-to-one": "Counterparts",
  renumbered: "Renumbered",
  moved: "Moved",
  split: "Split",
  merged: "Merged",
  suggested: "Suggested by shared wording, not confirmed",
};

const unitName = (units: Clause[]) => units.map((u) => (u.heading ? `${u.label} (${u.heading})` : u.label)).join(" + ");
const pairId = (p: UnitPair) => `pair-${p.base[0]?.anchor ?? ""}-${p.other[0]?.anchor ?? ""}`;

/**
 * The article map of two treaties: each pair of counterpart articles (confirmed by a curator, or suggested by
 * the machine from shared wording and marked so), the articles only one of them has, and then each pair
 * diffed word by word. Numbers do not decide: a renumbered or moved article is still matched.
 */
export function ArticleMaps({ comparison, diff, pin }: { comparison: Comparison; diff: DiffMode; pin: string }) {
  const [base] = comparison.agreements;
  if (!base || comparison.unitMaps.length === 0) return null;
  const name = (slug: string) => comparison.agreements.find((a) => a.slug === slug)?.shortTitle ?? slug;
  return (
    <>
      {comparison.unitMaps.map(({ slug, map }) => (
        <section key={slug} aria-labelledby={`map-${slug}`} className="mb-10">
          <h2 id={`map-${slug}`} className="font-serif text-2xl font-semibold">
            Article map: {base.shortTitle} and {name(slug)}
          </h2>
          <MapSummary map={map} baseName={base.shortTitle} otherName={name(slug)} />
          <MapTable map={map} base={base.slug} other={slug} baseName={base.shortTitle} otherName={name(slug)} pin={pin} />
          <h3 className="mt-8 font-serif text-xl font-semibold">Aligned articles, word by word</h3>
          <ol className="mt-3 space-y-6">
            {map.pairs.map((p) => (
              <li key={pairId(p)} id={pairId(p)} className="scroll-mt-20 rounded-lg border border-rule bg-white p-4">
                <p className="font-semibold">
                  {unitName(p.base)} ↔ {unitName(p.other)}
                </p>
                <p className="mb-3 mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={p.kind === "suggested" ? "warn" : "good"}>{KIND_LABELS[p.kind]}</Badge>
                  {p.confirmedBy ? <span className="text-muted">Confirmed by {p.confirmedBy}.</span> : null}
                  {p.note ? <span className="text-muted">{p.note}</span> : null}
                </p>
                <ClauseCell cell={p.cell} diff={diff} baseName={`${base.shortTitle} ${unitName(p.base)}`} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function MapSummary({ map, baseName, otherName }: { map: UnitMap; baseName: string; otherName: string }) {
  const confirmed = map.pairs.filter((p) => p.kind !== "suggested").length;
  const suggested = map.pairs.length - confirmed;
  return (
    <p className="mt-2 max-w-3xl text-muted">
      {map.pairs.length} {map.pairs.length === 1 ? "pair" : "pairs"} of counterpart articles ({confirmed} confirmed by curators, {suggested}{" "}
      suggested by shared wording in the same language and not confirmed); {map.onlyInBase.length} only in {baseName},{" "}
      {map.onlyInOther.length} only in {otherName} as far as the catalogue holds its text.
    </p>
  );
}

function MapTable(props: { map: UnitMap; base: string; other: string; baseName: string; otherName: string; pin: string }) {
  const { map, base, other, baseName, otherName, pin } = props;
  const link = (slug: string, units: Clause[]) =>
    units.map((u, i) => (
      <span key={i}>
        {i ? " + " : ""}
        <a href={`/agreements/${slug}${pin}#${u.anchor ?? ""}`}>{u.label}</a>
      </span>
    ));
  const similarity = (p: UnitPair) => (p.cell.diff?.ok ? `${Math.round(p.cell.diff.similarity * 100)}%` : "–");
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Articles of {baseName} and their counterparts in {otherName}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {baseName}
            </th>
            <th scope="col" className="p-2">
              {otherName}
            </th>
            <th scope="col" className="p-2">
              How matched
            </th>
            <th scope="col" className="p-2 text-right">
              Similar
            </th>
          </tr>
        </thead>
        <tbody>
          {map.pairs.map((p) => (
            <tr key={pairId(p)} className="border-b border-rule align-top">
              <td className="p-2">{link(base, p.base)}</td>
              <td className="p-2">{link(other, p.other)}</td>
              <td className="p-2">
                <a href={`#${pairId(p)}`}>{KIND_LABELS[p.kind]}</a>
              </td>
              <td className="p-2 text-right tabular-nums">{similarity(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <OnlyIn units={map.onlyInBase} slug={base} name={baseName} pin={pin} />
      <OnlyIn units={map.onlyInOther} slug={other} name={otherName} pin={pin} />
    </div>
  );
}

function OnlyIn({ units, slug, name, pin }: { units: Clause[]; slug: string; name: string; pin: string }) {
  if (units.length === 0) return null;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">
        {units.length} only in {name}
      </summary>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {units.map((u, i) => (
          <li key={i}>
            <a href={`/agreements/${slug}${pin}#${u.anchor ?? ""}`}>{u.heading ? `${u.label} ${u.heading}` : u.label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
