// The version's own date, from its files: the real catalogue imported into a second, fresh database on another
// day (and read in other time zones) cites with the same date and gives the same CITATION.cff, descriptor and
// zip, byte for byte, as the unit tests' database that imported it today. A version imported before its files
// gave a date keeps its import date.
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/runtime/prisma-client";
import { importCatalogue, versionIdOf } from "@/scripts/lib/catalogue/import";
import { loadCatalogue } from "@/scripts/lib/catalogue/load";
import { freshDatabase } from "@/test/fresh-db";
import { catalogueDir } from "@/test/real-catalogue";
import { cslItem } from "../cite/cite";
import { agreementCiteTarget } from "../cite/targets";
import { resolveVersion, type DatasetVersionInfo } from "../data/versions";
import { buildDataPackage } from "./build";

const SITE = "https://pactdiff.example";
const LATER = new Date("2031-05-05T21:30:00Z");
let prisma: PrismaClient;
let released: string;
let here: DatasetVersionInfo;
let there: DatasetVersionInfo;

beforeAll(async () => {
  const catalogue = await loadCatalogue(catalogueDir());
  released = catalogue.vocabulary.released;
  here = (await resolveVersion())!;
  prisma = (await freshDatabase("release_date")).prisma;
  await importCatalogue(prisma, catalogue, LATER);
  const row = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: versionIdOf(catalogue.contentHash) } });
  there = {
    id: row.id,
    importedAt: row.importedAt.toISOString(),
    activatedAt: row.activatedAt.toISOString(),
    releasedOn: row.releasedOn,
    isLatest: true,
    isPreview: false,
  };
});
afterAll(() => prisma?.$disconnect());

const unzipped = async (version: DatasetVersionInfo) => unzipSync(await buildDataPackage(version, SITE));
const zipBytes = async (version: DatasetVersionInfo) => Buffer.from(await buildDataPackage(version, SITE));

/** Runs `work` with the process in another time zone. */
async function inTimeZone<T>(tz: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe("a version imported on two instances on different days", () => {
  it("is the same version with the release date of its files, imported at different times", () => {
    expect(there.id).toBe(here.id);
    expect(there.importedAt).toBe(LATER.toISOString());
    expect(there.importedAt).not.toBe(here.importedAt);
    expect(released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([here.releasedOn, there.releasedOn]).toEqual([released, released]);
  });

  it("cites with the same date, the version's own", () => {
    const cite = (v: DatasetVersionInfo) =>
      cslItem(agreementCiteTarget({ slug: "aukmin-2017", title: "t", shortTitle: "s" }, v), SITE, LATER).issued;
    expect(cite(there)).toEqual(cite(here));
    expect(cite(here)["date-parts"][0]).toEqual(released.split("-").map(Number));
  });

  it("gives the same CITATION.cff and descriptor, dated by the release", async () => {
    const [a, b] = [await unzipped(here), await unzipped(there)];
    expect(strFromU8(b["CITATION.cff"]!)).toBe(strFromU8(a["CITATION.cff"]!));
    expect(strFromU8(a["CITATION.cff"]!)).toContain(`date-released: ${released}`);
    expect(strFromU8(b["datapackage.json"]!)).toBe(strFromU8(a["datapackage.json"]!));
    expect(JSON.parse(strFromU8(a["datapackage.json"]!)).created).toBe(`${released}T00:00:00.000Z`);
    expect(strFromU8(a["README.md"]!)).toContain(`Pactdiff (${released.slice(0, 4)}).`);
  });

  it("gives byte-identical zips, whatever the server's time zone", async () => {
    const reference = await zipBytes(here);
    expect(Buffer.compare(await zipBytes(there), reference)).toBe(0);
    for (const tz of ["America/Los_Angeles", "Asia/Tokyo"]) {
      expect(Buffer.compare(await inTimeZone(tz, () => zipBytes(there)), reference), tz).toBe(0);
    }
  });

  it("falls back to the import date for a version imported before its files gave one", async () => {
    const older = { ...there, releasedOn: null };
    const files = await unzipped(older);
    expect(strFromU8(files["CITATION.cff"]!)).toContain(`date-released: ${LATER.toISOString().slice(0, 10)}`);
    expect(JSON.parse(strFromU8(files["datapackage.json"]!)).created).toBe(LATER.toISOString());
  });
});
