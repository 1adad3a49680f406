// The latest dataset version's slugs, for the proxy to answer unknown comparison slugs with a real 404
// before any rendering. Cached in memory for a short while. When the database cannot be read, the last
// list read (or null, and the pages decide) is used, and the database is not asked again for a few
// seconds, so that an outage does not make every request wait for a connection timeout.
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "../outage";
import { createPrismaClient, type PrismaClient } from "../prisma-client";

const TTL_MS = 30_000;
const RETRY_MS = 5_000;
let client: PrismaClient | undefined;
let cached: { at: number; slugs: Map<string, string> } | undefined;
let failedAt = Number.NEGATIVE_INFINITY;

export async function knownSlugs(now = Date.now()): Promise<Map<string, string> | null> {
  if (cached && now - cached.at < TTL_MS) return cached.slugs;
  if (now - failedAt < RETRY_MS) return cached?.slugs ?? null;
  try {
    client ??= createPrismaClient();
    const version = await client.datasetVersion.findFirst({ orderBy: { activatedAt: "desc" }, select: { id: true } });
    const rows = version
      ? await client.agreement.findMany({ where: { versionId: version.id }, orderBy: { sortOrder: "asc" }, select: { slug: true, title: true } })
      : [];
    cached = { at: now, slugs: new Map(rows.map((r) => [r.slug, r.title])) };
    return cached.slugs;
  } catch (error) {
    failedAt = now;
    if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error);
    else console.error(`pactdiff: cannot read the catalogue for slug checks: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return cached?.slugs ?? null;
  }
}
