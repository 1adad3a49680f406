import type { Prisma } from "@prisma/client";
import { sourceKindSchema, type Citation, type Source } from "@/lib/domain/schema";
import { sourceHref } from "@/lib/urls";

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
    source: { ...source, evidence: evidenceRef(evidence?.key, evidence?.versionId), kind: sourceKindSchema.parse(source.kind) },
  }));
}

/** A source's record of what was seen, as the version read has it, with the address of its page. */
export function evidenceRef(id: string | null | undefined, version: string | null | undefined): Source["evidence"] {
  return id && version ? { id, version, href: sourceHref({ id, version }) } : null;
}
