// Staging, publishing and rolling back dataset versions, and the links a new version may not break: on a
// fixture catalogue in a database of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { PrismaClient } from "@prisma/client";
import { agreement, files, vocabulary } from "@/test/catalogue-fixtures";
import { freshDatabase } from "@/test/fresh-db";
import { currentVersion, importCatalogue, versionIdOf } from "./import";
import { parseCatalogue, type CatalogueFile } from "./load";
import { publishVersion, rollbackVersion } from "./publish";
import { retireVersion } from "./retire";
import { fileImpact, impactLines } from "./impact";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await freshDatabase("publish")).prisma;
});
afterAll(() => prisma.$disconnect());

const other = (slug: string, extra: object = {}) => ({
  ...agreement(slug),
  title: `Another statement (${slug})`,
  shortTitle: slug,
  ...extra,
});
const withVocabulary = (input: CatalogueFile[], extra: object) => [
  { name: "vocabulary.yaml", text: stringify({ ...vocabulary, ...extra }) },
  ...input.slice(1),
];
const current = async () => (await currentVersion(prisma))?.id;
const log = () => prisma.datasetActivation.findMany({ orderBy: { pk: "asc" }, select: { versionId: true, previousId: true } });
let clock = Date.now();
const later = () => new Date((clock += 60_000));

const first = parseCatalogue(files(agreement(), other("uk-china-2015")));
const second = parseCatalogue(files({ ...agreement(), summary: "A second summary." }, other("uk-china-2015")));
const [A, B] = [versionIdOf(first.contentHash), versionIdOf(second.contentHash)];

describe("a staged version", () => {
  it("is written whole but is not current, and has no place in the history", async () => {
    await importCatalogue(prisma, first, later());
    const staged = await importCatalogue(prisma, second, later(), { stage: true });
    expect(staged).toMatchObject({ status: "staged", versionId: B, currentId: A });
    expect(await current()).toBe(A);
    expect(await prisma.agreement.count({ where: { versionId: B } })).toBe(2);
    expect(await log()).toEqual([{ versionId: A, previousId: null }]);
    expect((await prisma.datasetVersion.findUniqueOrThrow({ where: { id: B } })).stagedAt).not.toBeNull();
  });

  it("is named, not written again, when the same files are staged again; the current files stage nothing", async () => {
    expect((await importCatalogue(prisma, second, later(), { stage: true })).status).toBe("staged");
    expect((await importCatalogue(prisma, first, later(), { stage: true })).status).toBe("unchanged");
    expect(await prisma.datasetVersion.count()).toBe(2);
  });

  it("is published by db:publish, and db:rollback makes the previous version current again (twice: back again)", async () => {
    expect(await publishVersion(prisma, B, later())).toEqual({ versionId: B, previousId: A });
    expect(await current()).toBe(B);
    expect((await prisma.datasetVersion.findUniqueOrThrow({ where: { id: B } })).stagedAt).toBeNull();
    expect(await rollbackVersion(prisma, later())).toEqual({ versionId: A, previousId: B });
    expect(await current()).toBe(A);
    expect(await rollbackVersion(prisma, later())).toEqual({ versionId: B, previousId: A });
    expect((await log()).map((r) => r.versionId)).toEqual([A, B, A, B]);
    // Published, it is new to readers: imported when it was published, not when it was staged.
    const row = await prisma.datasetVersion.findUniqueOrThrow({ where: { id: B } });
    expect(row.importedAt.getTime()).toBe(
      (await prisma.datasetActivation.findFirstOrThrow({ where: { versionId: B } })).activatedAt.getTime(),
    );
  });

  it("refuses to publish an unknown, current or retired version, with one line", async () => {
    await expect(publishVersion(prisma, "0123456789ab")).rejects.toThrow("There is no dataset version 0123456789ab");
    await expect(publishVersion(prisma, B)).rejects.toThrow(`Dataset version ${B} is already current.`);
    await expect(publishVersion(prisma, "not-a-version")).rejects.toThrow("is not a dataset version id");
    const third = parseCatalogue(files({ ...agreement(), summary: "Staged, then discarded." }, other("uk-china-2015")));
    const { versionId: C } = await importCatalogue(prisma, third, later(), { stage: true });
    await retireVersion(prisma, C, "Staged by mistake, never published.");
    await expect(publishVersion(prisma, C)).rejects.toThrow("is retired");
  });
});

describe("links a new version may not break", () => {
  it("refuses a slug that disappears, naming it and the two ways out", async () => {
    const renamed = parseCatalogue(files(agreement(), other("uk-china-2015-cyber")));
    await expect(importCatalogue(prisma, renamed, later())).rejects.toThrow(
      'links to "uk-china-2015" would answer 404: list a renamed agreement\'s old slug under its formerSlugs, or a removed one under withdrawn in vocabulary.yaml with the reason readers will see.',
    );
    await expect(importCatalogue(prisma, renamed, later(), { stage: true })).rejects.toThrow("would answer 404");
    expect(await current()).toBe(B);
  });

  it("takes a rename listed in formerSlugs and a removal listed in withdrawn, and reports both", async () => {
    const renamed = parseCatalogue(files(agreement(), other("uk-china-2015-cyber", { formerSlugs: ["uk-china-2015"] })));
    expect(impactLines((await fileImpact(prisma, renamed))!)).toContain("    uk-china-2015 → uk-china-2015-cyber");
    const { versionId } = await importCatalogue(prisma, renamed, later());
    expect(await prisma.slugRedirect.findMany({ where: { versionId }, select: { slug: true, toSlug: true } })).toEqual([
      { slug: "uk-china-2015", toSlug: "uk-china-2015-cyber" },
    ]);
    // The next version must keep answering the old slug too.
    const dropped = parseCatalogue(files(agreement(), other("uk-china-2015-cyber")));
    await expect(importCatalogue(prisma, dropped, later())).rejects.toThrow('links to "uk-china-2015" would answer 404');
    const reason = "Imported from a draft; the statement was never issued.";
    const withdrawn = parseCatalogue(
      withVocabulary(files(agreement()), {
        withdrawn: [
          { slug: "uk-china-2015-cyber", reason },
          { slug: "uk-china-2015", reason },
        ],
      }),
    );
    const impact = (await fileImpact(prisma, withdrawn))!;
    expect(impact.withdrawn.map((w) => w.slug)).toEqual(["uk-china-2015-cyber", "uk-china-2015"]);
    expect(impact.broken).toEqual([]);
    await importCatalogue(prisma, withdrawn, later());
    expect(await prisma.agreement.count({ where: { versionId: await current() } })).toBe(1);
  });

  it("checks the links again when a version staged earlier is published after another publication", async () => {
    const reason = "Imported from a draft; the statement was never issued.";
    const vocab = {
      withdrawn: [
        { slug: "uk-china-2015-cyber", reason },
        { slug: "uk-china-2015", reason },
      ],
    };
    const staged = parseCatalogue(withVocabulary(files({ ...agreement(), summary: "Staged before g7 came." }), vocab));
    const { versionId: S } = await importCatalogue(prisma, staged, later(), { stage: true });
    await importCatalogue(prisma, parseCatalogue(withVocabulary(files(agreement(), other("g7-lucca-2017")), vocab)), later());
    await expect(publishVersion(prisma, S, later())).rejects.toThrow('links to "g7-lucca-2017" would answer 404');
  });

  it("reports files published before as an undo, with no broken link", async () => {
    const impact = (await fileImpact(prisma, first))!;
    expect(impact.undoTo).toBe(A);
    expect(impact.broken).toEqual([]);
    expect(impactLines(impact)[1]).toBe(`  These files are the published version ${A}: importing them makes it current again (an undo).`);
  });

  it("reports a changed text as a word diff", async () => {
    const base = agreement();
    const changed = {
      ...base,
      clauses: [
        {
          ...base.clauses[0]!,
          texts: [{ ...base.clauses[0]!.texts[0]!, text: "Neither government will conduct. They will meet." }],
        },
      ],
    };
    const impact = await fileImpact(prisma, parseCatalogue(files(changed)));
    expect(impact?.changed).toEqual([
      { slug: "us-china-2015", texts: ["Commitment 2 (en): Neither government will conduct. {+They will meet.+}"] },
    ]);
  });
});
