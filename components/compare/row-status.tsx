import { Badge } from "@/components/ui/badge";
import type { RowStatus } from "@/lib/compare/align";

export function rowStatusText(status: RowStatus, name: (slug: string) => string): string {
  switch (status.kind) {
    case "identical":
      return "Identical in all";
    case "reworded":
      return status.similarity === null ? "In all, reworded" : `Reworded · ${Math.round(status.similarity * 100)}% similar`;
    case "only-in":
      return `Only in ${name(status.slug)}`;
    case "partial":
      return `In ${status.slugs.map(name).join(" and ")}`;
  }
}

export function RowStatusBadge({ status, name }: { status: RowStatus; name: (slug: string) => string }) {
  const tone = status.kind === "identical" ? "good" : status.kind === "reworded" ? "accent" : "warn";
  return <Badge tone={tone}>{rowStatusText(status, name)}</Badge>;
}
