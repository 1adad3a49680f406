// Shapes shared by every read that carries citations: a source with its pinpoint.
export const citationSelect = {
  orderBy: { position: "asc" },
  select: {
    pinpoint: true,
    source: { select: { key: true, title: true, publisher: true, date: true, url: true, kind: true, reliability: true } },
  },
} as const;

export type SourceKind = "primary" | "official-copy" | "press" | "analysis";
export type Source = { key: string; title: string; publisher: string; date: string | null; url: string | null; kind: SourceKind; reliability: string | null };
export type Citation = { source: Source; pinpoint: string | null };

type CitationRow = { pinpoint: string | null; source: Omit<Source, "kind"> & { kind: string } };

export function toCitations(rows: CitationRow[]): Citation[] {
  return rows.map((r) => ({ pinpoint: r.pinpoint, source: { ...r.source, kind: r.source.kind as SourceKind } }));
}
