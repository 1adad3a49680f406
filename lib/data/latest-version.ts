import "server-only";
import { db } from "../db";

// The latest dataset version id, remembered for a few seconds: the embed and oEmbed hot paths need it on
// every request, and an import is picked up within TTL_MS (or at once via /api/admin/revalidate).
const TTL_MS = 5_000;
let remembered: { at: number; id: string | null } | undefined;

export async function latestVersionId(now = Date.now()): Promise<string | null> {
  if (remembered && now - remembered.at < TTL_MS) return remembered.id;
  const row = await db.datasetVersion.findFirst({ orderBy: { activatedAt: "desc" }, select: { id: true } });
  remembered = { at: now, id: row?.id ?? null };
  return remembered.id;
}

export function forgetLatestVersion(): void {
  remembered = undefined;
}
