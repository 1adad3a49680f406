import { Badge } from "@/components/ui/badge";
import type { RowStatus } from "@/lib/compare/align";
import { rowStatusLabel } from "@/lib/compare/row-status";

export function RowStatusBadge({ status, name }: { status: RowStatus; name: (slug: string) => string }) {
  const tone = status.kind === "identical" ? "good" : status.kind === "reworded" ? "accent" : "warn";
  return <Badge tone={tone}>{rowStatusLabel(status, name)}</Badge>;
}
