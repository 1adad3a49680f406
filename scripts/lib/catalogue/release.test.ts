// The version's date as an import keeps it and the impact report checks it: `released` stored with the version
// row, and a warning when the files changed but their date is not later than the published version's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { PrismaClient } from "@prisma/client";
import { agreement, files, vocabulary } from "@/test/catalogue-fixtures";
import { freshDatabase } from "@/test/fresh-db";
import { fileImpact, impactLines } from "./impact";
import { importCatalogue } from "./import";
import { parseCatalogue } from "./load";
import { releaseWarning } from "./warnings";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await freshDatabase("release")).prisma;
});
afterAll(() => prisma.$disconnect());

/** The fixture catalogue with its summary and released date as given. */
const catalogue = (summary: string, released: string) =>
  parseCatalogue([
    { name: "vocabulary.yaml", text: stringify({ ...vocabulary, released }) },
    ...files({ ...agreement(), summary }).slice(1),
  ]);

describe("releaseWarning", () => {
  const published = { contentHash: "a", releasedOn: "2026-12-08" };
  it("warns when the files changed and the date did not move forward", () => {
    expect(releaseWarning("2026-12-08", published, "b", "2026-12-10")).toMatch(
      /^released: 2026-12-08 is not later than the published version's \(2026-12-08\)/,
    );
    expect(releaseWarning("2026-12-01", published, "b")).toMatch(/set released in vocabulary\.yaml to the day you publish$/);
  });
  it("is silent for a later date, the same files, or a published version without a date", () => {
    expect(releaseWarning("2026-12-09", published, "b")).toBeNull();
    // Published again the same day: the day is right, and the version id tells the two apart.
    expect(releaseWarning("2026-12-08", published, "b", "2026-12-08")).toBeNull();
    expect(releaseWarning("2026-12-08", published, "a")).toBeNull();
    expect(releaseWarning("2026-12-01", { contentHash: "a", releasedOn: null }, "b")).toBeNull();
  });
});

describe("an import and the impact report", () => {
  it("store the files' date with the version, and warn of changed files still dated as the published version", async () => {
    // Dated before today (this test's today is at least 2026-12-08): the same date again is an old date.
    const first = await importCatalogue(prisma, catalogue("First summary.", "2026-11-30"), new Date("2027-01-05T10:00:00Z"));
    const row = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: first.versionId }, select: { releasedOn: true } });
    expect(row.releasedOn).toBe("2026-11-30");

    const stale = impactLines((await fileImpact(prisma, catalogue("Changed summary.", "2026-11-30")))!);
    expect(stale.at(-1)).toBe(
      "  Warning: released: 2026-11-30 is not later than the published version's (2026-11-30) though the files changed: citations and the data package would give the new version an old date; set released in vocabulary.yaml to the day you publish",
    );
    const dated = impactLines((await fileImpact(prisma, catalogue("Changed summary.", "2026-12-01")))!);
    expect(dated.join("\n")).not.toContain("Warning");
  });
});
