import Link from "next/link";
import type { DatasetVersionInfo } from "@/lib/data/versions";

/**
 * What a page pinned to a dataset version says above its content: a staged version's preview is marked
 * "Preview — not published" (a curator's look before publishing); another pinned version links the latest data.
 */
export function VersionNote({ version, latest }: { version: Pick<DatasetVersionInfo, "id" | "isLatest" | "isPreview">; latest: string }) {
  if (version.isLatest) return null;
  if (version.isPreview) {
    return (
      <p className="mb-4 rounded-lg border-2 border-warn bg-warn-bg p-3 text-sm text-warn" role="note" data-preview={version.id}>
        <strong>Preview — not published.</strong> Dataset version <code className="font-mono">{version.id}</code> is staged for review:
        readers do not see it yet, and search engines are asked not to index it.{" "}
        <Link prefetch={false} href={latest}>
          This address as published
        </Link>
        .
      </p>
    );
  }
  return (
    <p className="mb-4 rounded-lg border border-warn/30 bg-warn-bg p-3 text-sm text-warn" role="note">
      Pinned to dataset version <code className="font-mono">{version.id}</code>.{" "}
      <Link prefetch={false} href={latest}>
        Newer data available
      </Link>
      .
    </p>
  );
}
