// Each party's own account of one agreement, side by side: the readouts (a White House fact sheet, China's
// outcome list, a leader's spoken words as two outlets transcribed them) aligned by provision, each wording
// word-diffed against a base readout (the first, or the one the reader picks), with every text's provenance.
// Pure, like ./comparison.ts: the same alignment and diff, with readouts in place of agreements.
import type { Readout } from "@/lib/domain/schema";
import { alignByProvision, type ProvisionInfo, type Row } from "./align";

export type ReadoutColumn = Omit<Readout, "clauses"> & { slug: string; shortTitle: string };
export type ReadoutComparison = { base: string; columns: ReadoutColumn[]; rows: Row[] };

/** A readout's name in a column head or a diff label: "United States: The White House". */
export function readoutName(r: Pick<Readout, "party" | "issuedBy">): string {
  return r.party ? `${r.party.name}: ${r.issuedBy}` : r.issuedBy;
}

/** null when `baseKey` names no readout of the agreement. */
export function compareReadouts(readouts: Readout[], provisions: ProvisionInfo[], baseKey?: string): ReadoutComparison | null {
  const base = baseKey ? readouts.find((r) => r.key === baseKey) : readouts[0];
  if (!base) return null;
  const ordered = [base, ...readouts.filter((r) => r !== base)];
  const columns = ordered.map((r) => ({
    key: r.key,
    party: r.party,
    issuedBy: r.issuedBy,
    title: r.title,
    date: r.date,
    datePrecision: r.datePrecision,
    kind: r.kind,
    note: r.note,
    slug: r.key,
    shortTitle: readoutName(r),
  }));
  const rows = alignByProvision(
    ordered.map((r) => ({ slug: r.key, clauses: r.clauses })),
    provisions,
  );
  return { base: base.key, columns, rows };
}
