// The latest dataset version's slugs, for the proxy to answer unknown comparison slugs with a real 404
// before any rendering. Cached in memory for a short while; null when the database cannot be read,
// in which case the pages decide.
import { createPrismaClient, type PrismaClient } from "../prisma-client";

const TTL_MS = 30_000;
let client: PrismaClient | undefined;
let cached: { at: number; slugs: Map<string, string> } | undefined;

export async function knownSlugs(now = Date.now()): Promise<Map<string, string> | null> {
  if (cached && now - cached.at < TTL_MS) return cached.slugs;
  try {
    client ??= createPrismaClient();
    const version = await client.datasetVersion.findFirst({ orderBy: { activatedAt: "desc" }, select: { id: true } });
    const rows = version
      ? await client.agreement.findMany({ where: { versionId: version.id }, orderBy: { sortOrder: "asc" }, select: { slug: true, title: true } })
      : [];
    cached = { at: now, slugs: new Map(rows.map((r) => [r.slug, r.title])) };
    return cached.slugs;
  } catch (error) {
    console.error(`pactdiff: cannot read the catalogue for slug checks: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  }
}
