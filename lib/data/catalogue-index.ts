// The slugs and titles of one dataset version: what the proxy checks a requested agreement against, so
// that an unknown slug is answered 404 (with suggestions) before anything renders. Kept by version id.
import { sharedPrismaClient } from "../runtime/prisma-client";
import { memoByVersion } from "./memo";

export function catalogueIndex(versionId: string): Promise<Map<string, string>> {
  return memoByVersion(versionId, "index", async () => {
    const rows = await sharedPrismaClient().agreement.findMany({
      where: { versionId },
      orderBy: { sortOrder: "asc" },
      select: { slug: true, title: true },
    });
    return new Map(rows.map((r) => [r.slug, r.title]));
  });
}

/** The readout keys of each agreement of one dataset version (agreements without readouts are absent). */
export function readoutIndex(versionId: string): Promise<Map<string, string[]>> {
  return memoByVersion(versionId, "readout-index", async () => {
    const rows = await sharedPrismaClient().readout.findMany({
      where: { agreement: { versionId } },
      orderBy: [{ agreementPk: "asc" }, { sortOrder: "asc" }],
      select: { key: true, agreement: { select: { slug: true } } },
    });
    const index = new Map<string, string[]>();
    for (const r of rows) index.set(r.agreement.slug, [...(index.get(r.agreement.slug) ?? []), r.key]);
    return index;
  });
}

/** The provision keys of one dataset version with their labels, in vocabulary order. */
export function provisionIndex(versionId: string): Promise<Map<string, string>> {
  return memoByVersion(versionId, "provision-index", async () => {
    const rows = await sharedPrismaClient().provision.findMany({ where: { versionId }, orderBy: { sortOrder: "asc" }, select: { key: true, label: true } });
    return new Map(rows.map((r) => [r.key, r.label]));
  });
}
