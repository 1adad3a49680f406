import type { Prisma } from "@prisma/client";
import { sourceKindSchema, type Citation } from "@/lib/domain/schema";

// Shapes shared by every read that carries citations: a source with its pinpoint.
export const citationSelect = {
  orderBy: { position: "asc" },
  select: {
    pinpoint: true,
    source: {
      select: { key: true, title: true, publisher: true, date: true, url: true, kind: true, reliability: true, evidence: { select: { key: true, versionId: true } } },
    },
  },
} as const;

export type { Citation, Source, SourceKind } from "@/lib/domain/schema";

type CitationRow = Prisma.CitationGetPayload<{ select: (typeof citationSelect)["select"] }>;

/** Citations as the domain has them; a source's kind (stored as a string: it holds hyphens) is checked. */
export function toCitations(rows: CitationRow[]): Citation[] {
  return rows.map(({ pinpoint, source: { evidence, ...source } }) => ({
    pinpoint,
    source: { ...source, evidence: evidence && { id: evidence.key, version: evidence.versionId }, kind: sourceKindSchema.parse(source.kind) },
  }));
}
