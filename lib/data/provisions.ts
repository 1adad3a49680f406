import "server-only";
import type { ProvisionInfo } from "../compare/align";
import { lineageOf, wordingsOf, type Lineage, type ProvisionEntry, type Wording } from "../compare/provision";
import { db } from "./db";
import { formSchema } from "@/lib/domain/schema";
import { clauseSelect, toClause } from "./agreement-shape";
import { provisionIndex } from "./catalogue-index";
import { memoByVersion } from "./memo";

export type ProvisionSummary = ProvisionInfo & { agreements: number; first: string | null; last: string | null };

/** Every provision of a version with how many agreements express it and over which dates; kept per version. */
export function listProvisions(versionId: string): Promise<ProvisionSummary[]> {
  return memoByVersion(versionId, "provisions", async () => {
    const [provisions, clauses] = await Promise.all([
      db.provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { pk: true, key: true, label: true, description: true, featuredAs: true } }),
      db.clause.findMany({ where: { readoutPk: null, agreement: { versionId } }, select: { provisionPk: true, agreementPk: true, agreement: { select: { date: true } } } }),
    ]);
    return provisions.map((p) => {
      const own = clauses.filter((c) => c.provisionPk === p.pk);
      const dates = own.map((c) => c.agreement.date).sort();
      return { key: p.key, label: p.label, description: p.description, featuredAs: p.featuredAs, agreements: new Set(own.map((c) => c.agreementPk)).size, first: dates[0] ?? null, last: dates.at(-1) ?? null };
    });
  });
}

export type ProvisionCatalogue = { provision: ProvisionInfo; wordings: Wording[]; lineage: Lineage };

/**
 * One provision across the catalogue: each agreement's wording in date order and its closest earlier
 * wording. Kept per version (the lineage search is the costly part, done once); null for an unknown key.
 */
export async function getProvisionCatalogue(versionId: string, key: string): Promise<ProvisionCatalogue | null> {
  if (!(await provisionIndex(versionId)).has(key)) return null;
  return memoByVersion(versionId, `provision:${key}`, async () => {
    const provision = await db.provision.findUnique({ where: { versionId_key: { versionId, key } }, select: { key: true, label: true, description: true, featuredAs: true } });
    if (!provision) return null;
    const agreements = await db.agreement.findMany({
      where: { versionId, clauses: { some: { readoutPk: null, provision: { key } } } },
      orderBy: [{ date: "asc" }, { sortOrder: "asc" }],
      select: {
        slug: true,
        title: true,
        shortTitle: true,
        date: true,
        datePrecision: true,
        year: true,
        form: true,
        parties: { orderBy: { position: "asc" }, select: { party: { select: { code: true, name: true } } } },
        clauses: { where: { readoutPk: null, provision: { key } }, orderBy: { position: "asc" }, select: clauseSelect },
      },
    });
    const entries: ProvisionEntry[] = agreements.map((a) => ({
      agreement: {
        slug: a.slug,
        title: a.title,
        shortTitle: a.shortTitle,
        date: a.date,
        datePrecision: a.datePrecision,
        year: a.year,
        form: formSchema.parse(a.form),
        parties: a.parties.map((p) => p.party),
      },
      clauses: a.clauses.map(toClause),
    }));
    const wordings = wordingsOf(entries);
    return { provision, wordings, lineage: lineageOf(wordings) };
  });
}

/** The provisions some agreement of a version expresses in its own text (not only in a readout), in vocabulary order. */
export function listExpressedProvisions(versionId: string): Promise<{ key: string; label: string }[]> {
  return db.provision.findMany({
    where: { versionId, clauses: { some: { readoutPk: null } } },
    orderBy: { sortOrder: "asc" },
    select: { key: true, label: true },
  });
}
