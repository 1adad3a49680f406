import "server-only";
// Which agreements of a version express a provision, with their texts, and for each agreement the earliest
// imported dataset version in which it has that provision: what a provision's feed (lib/feeds) lists.
import { z } from "zod";
import type { AgreementRef, ClauseText } from "@/lib/domain/schema";
import { db } from "./db";
import { clauseSelect, toClause } from "./agreement-shape";

export type ProvisionUseRows = {
  provision: { label: string; description: string };
  /** The provision's clauses in the version, in catalogue order, each with its agreement and texts. */
  clauses: { agreement: AgreementRef & { title: string }; texts: ClauseText[] }[];
  /** One row per agreement that has the provision in some version: the version that first had it. */
  firstUses: { slug: string; versionId: string; importedAt: Date }[];
};

/** The raw query's rows, checked: SQLite hands dates back as numbers or strings, PostgreSQL as Dates. */
const firstUses = z.array(
  z.object({
    slug: z.string(),
    versionId: z.string(),
    importedAt: z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value)),
  }),
);

/** For each agreement, the earliest published version in which it has this provision (ranked in the database). */
async function readFirstUses(key: string): Promise<ProvisionUseRows["firstUses"]> {
  // One row per agreement, whatever the number of versions (SQLite and PostgreSQL alike).
  const rows: unknown = await db.$queryRaw`
    SELECT "slug", "versionId", "importedAt" FROM (
      SELECT a."slug" AS "slug", v."id" AS "versionId", v."importedAt" AS "importedAt",
             ROW_NUMBER() OVER (PARTITION BY a."slug" ORDER BY v."importedAt", v."id") AS "n"
      FROM "Agreement" a JOIN "DatasetVersion" v ON v."id" = a."versionId"
      WHERE v."stagedAt" IS NULL AND EXISTS (
        SELECT 1 FROM "Clause" c JOIN "Provision" p ON p."pk" = c."provisionPk"
        WHERE c."agreementPk" = a."pk" AND c."readoutPk" IS NULL AND p."key" = ${key}
      )
    ) ranked WHERE "n" = 1`;
  return firstUses.parse(rows);
}

/** A provision of a version, its clauses and the first use of it by every agreement; null for an unknown key. */
export async function readProvisionUses(versionId: string, key: string): Promise<ProvisionUseRows | null> {
  const provision = await db.provision.findUnique({
    where: { versionId_key: { versionId, key } },
    select: { label: true, description: true },
  });
  if (!provision) return null;
  const [clauses, first] = await Promise.all([
    db.clause.findMany({
      where: { readoutPk: null, provision: { versionId, key } },
      orderBy: [{ agreement: { sortOrder: "asc" } }, { position: "asc" }],
      select: { agreement: { select: { slug: true, shortTitle: true, title: true } }, ...clauseSelect },
    }),
    readFirstUses(key),
  ]);
  return { provision, clauses: clauses.map((c) => ({ agreement: c.agreement, texts: toClause(c).texts })), firstUses: first };
}
