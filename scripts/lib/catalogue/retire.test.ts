// Retiring a dataset version: its rows go in one transaction, its id and reason stay; never the current one;
// its files are never imported again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { agreement, files } from "@/test/catalogue-fixtures";
import { freshDatabase } from "@/test/fresh-db";
import { importCatalogue } from "./import";
import { parseCatalogue } from "./load";
import { RetireRefused, retireVersion } from "./retire";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await freshDatabase("retire")).prisma;
});
afterAll(() => prisma.$disconnect());

describe("retireVersion", () => {
  const bad = parseCatalogue(files({ ...agreement(), summary: "A summary that should never have been published." }));
  const good = parseCatalogue(files(agreement()));

  it("refuses the current version, an unknown one and a reason too short to tell readers anything", async () => {
    const { versionId } = await importCatalogue(prisma, bad);
    await expect(retireVersion(prisma, versionId, "published by mistake")).rejects.toThrow(/is current: import the catalogue/);
    await expect(retireVersion(prisma, "0123456789ab", "published by mistake")).rejects.toThrow(
      "There is no dataset version 0123456789ab.",
    );
    await expect(retireVersion(prisma, "../etc", "published by mistake")).rejects.toBeInstanceOf(RetireRefused);
    await expect(retireVersion(prisma, versionId, "oops")).rejects.toThrow(/Say why/);
    expect(await prisma.agreement.count({ where: { versionId } })).toBe(1);
  });

  it("deletes an older version's rows, keeps its id, dates, reason and history, and never imports its files again", async () => {
    const { versionId: retired } = await importCatalogue(prisma, bad);
    const { versionId: current } = await importCatalogue(prisma, good, new Date(Date.now() + 1_000));
    await retireVersion(prisma, retired, "  Published by mistake:\n  an unchecked summary.  ");
    const row = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: retired } });
    expect(row.retiredAt).not.toBeNull();
    expect(row.retiredReason).toBe("Published by mistake: an unchecked summary.");
    for (const table of [prisma.agreement, prisma.party, prisma.provision, prisma.scopeCategory, prisma.evidenceSource] as const)
      expect(await (table as unknown as { count: (a: object) => Promise<number> }).count({ where: { versionId: retired } })).toBe(0);
    expect(await prisma.clause.count()).toBe(1);
    expect(await prisma.passage.count()).toBe(1);
    expect(await prisma.datasetActivation.count({ where: { versionId: retired } })).toBe(1);
    expect(await prisma.agreement.count({ where: { versionId: current } })).toBe(1);
    await expect(retireVersion(prisma, retired, "published by mistake")).rejects.toThrow(/was retired on/);
    await expect(importCatalogue(prisma, bad, new Date(Date.now() + 2_000))).rejects.toThrow(/retired on .* never published again/);
    expect((await prisma.datasetVersion.findFirstOrThrow({ orderBy: { activatedAt: "desc" } })).id).toBe(current);
  });
});
