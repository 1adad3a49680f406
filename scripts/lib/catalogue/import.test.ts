import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreement, files } from "@/test/catalogue-fixtures";
import { freshDatabase } from "@/test/fresh-db";
import type { PrismaClient } from "@prisma/client";
import { importCatalogue, versionIdOf } from "./import";
import { parseCatalogue } from "./load";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await freshDatabase("import")).prisma;
});
afterAll(() => prisma.$disconnect());

async function counts() {
  return {
    versions: await prisma.datasetVersion.count(),
    agreements: await prisma.agreement.count(),
    clauses: await prisma.clause.count(),
    citations: await prisma.citation.count(),
  };
}

describe("importCatalogue", () => {
  const first = parseCatalogue(files(agreement()));
  const second = parseCatalogue(files({ ...agreement(), summary: "Changed summary." }));

  it("writes a complete dataset version", async () => {
    const result = await importCatalogue(prisma, first);
    expect(result).toEqual({ status: "created", versionId: versionIdOf(first.contentHash), agreements: 1, currentId: null });
    const row = await prisma.agreement.findFirstOrThrow({ select: { slug: true, datePrecision: true, year: true, versionId: true } });
    expect(row).toEqual({ slug: "us-china-2015", datePrecision: "day", year: 2015, versionId: result.versionId });
    expect(await counts()).toEqual({ versions: 1, agreements: 1, clauses: 1, citations: 4 });
    const provisions = await prisma.provision.findMany({ orderBy: { sortOrder: "asc" }, select: { key: true, featuredAs: true } });
    expect(provisions).toEqual([
      { key: "ip-theft", featuredAs: "IP-theft pledge" },
      { key: "hotline", featuredAs: null },
    ]);
  });

  it("is a no-op for unchanged files", async () => {
    const before = await counts();
    const result = await importCatalogue(prisma, first);
    expect(result.status).toBe("unchanged");
    expect(await counts()).toEqual(before);
  });

  it("adds a new version for changed files and keeps the old one readable", async () => {
    const result = await importCatalogue(prisma, second);
    expect(result.status).toBe("created");
    const summaries = await prisma.agreement.findMany({ orderBy: { pk: "asc" }, select: { summary: true } });
    expect(summaries.map((s) => s.summary)).toEqual(["A summary.", "Changed summary."]);
  });

  it("re-activates an older version instead of copying it", async () => {
    const before = await counts();
    const result = await importCatalogue(prisma, first, new Date(Date.now() + 60_000));
    expect(result.status).toBe("reactivated");
    expect(await counts()).toEqual(before);
    const latest = await prisma.datasetVersion.findFirstOrThrow({ orderBy: { activatedAt: "desc" }, select: { id: true } });
    expect(latest.id).toBe(versionIdOf(first.contentHash));
  });

  it("logs each activation with the version current before it: the history /changes tells", async () => {
    const log = await prisma.datasetActivation.findMany({ orderBy: { pk: "asc" }, select: { versionId: true, previousId: true } });
    const [a, b] = [versionIdOf(first.contentHash), versionIdOf(second.contentHash)];
    expect(log).toEqual([
      { versionId: a, previousId: null },
      { versionId: b, previousId: a },
      { versionId: a, previousId: b },
    ]);
  });

  it("writes nothing when the database rejects a row half-way", async () => {
    const before = await counts();
    const valid = parseCatalogue(files({ ...agreement(), summary: "Third version." }));
    // Two agreements with one slug pass no validation, but a hand-built catalogue can still reach the
    // database: the unique index fails on the second, after the first has been written in the transaction.
    const broken = { ...valid, agreements: [valid.agreements[0]!, valid.agreements[0]!] };
    await expect(importCatalogue(prisma, broken)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await prisma.datasetVersion.findUnique({ where: { contentHash: valid.contentHash } })).toBeNull();
    expect(await prisma.datasetActivation.count()).toBe(3);
  });

  it("serialises imports started together: each records the version current just before it", async () => {
    const third = parseCatalogue(files({ ...agreement(), summary: "Third." }));
    const fourth = parseCatalogue(files({ ...agreement(), summary: "Fourth." }));
    // Later than the re-activation above, which was dated a minute ahead.
    const later = new Date(Date.now() + 120_000);
    const results = await Promise.all([importCatalogue(prisma, third, later), importCatalogue(prisma, fourth, later)]);
    expect(results.map((r) => r.status)).toEqual(["created", "created"]);
    const log = await prisma.datasetActivation.findMany({ orderBy: { pk: "asc" }, select: { versionId: true, previousId: true } });
    const [x, y] = log.slice(-2);
    expect(y?.previousId).toBe(x?.versionId);
    expect(x?.previousId).toBe(log.at(-3)?.versionId);
  });
});
