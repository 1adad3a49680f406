// Renamed and withdrawn agreements on the fixture catalogue: formerSlugs in an agreement file (old links answer
// 301), withdrawn in the vocabulary (a 410 page with the reason), each refusal with its exact message.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { agreement, files, issuesOf, vocabulary } from "@/test/catalogue-fixtures";
import { parseCatalogue, type CatalogueFile } from "./load";

const F = "agreements/us-china-2015.yaml";
const renamed = (formerSlugs: string[], slug?: string) => {
  const a = Object.assign(agreement(slug), { formerSlugs });
  if (slug) Object.assign(a, { title: `Title of ${slug}`, shortTitle: slug });
  return a;
};
const withdrawing = (withdrawn: unknown, ...agreements: object[]): CatalogueFile[] => [
  { name: "vocabulary.yaml", text: stringify({ ...vocabulary, withdrawn }) },
  ...files(...agreements).slice(1),
];

describe("formerSlugs: the slugs a renamed agreement was published under", () => {
  it("are read, and default to none", () => {
    const catalogue = parseCatalogue(files(renamed(["us-china-2015-fact-sheet"]), agreement("uk-china-2015")));
    expect(catalogue.agreements.map((a) => a.formerSlugs)).toEqual([["us-china-2015-fact-sheet"], []]);
  });

  it("refuses a malformed slug, the agreement's own slug, and one listed twice", () => {
    expect(issuesOf(files(renamed(["US China"])))).toEqual([
      `${F}:46: formerSlugs.0: must be lowercase words joined by hyphens, e.g. ip-theft`,
    ]);
    expect(issuesOf(files(renamed(["us-china-2015"])))).toEqual([
      `${F}:46: formerSlugs.0: "us-china-2015" is this agreement's own slug: list only the slugs it had before`,
    ]);
    expect(issuesOf(files(renamed(["old", "old"])))).toEqual([`${F}:47: formerSlugs.1: "old" is listed twice`]);
  });

  it("refuses a former slug that another file uses, or that another agreement lists too", () => {
    expect(issuesOf(files(renamed(["uk-china-2015"]), renamed([], "uk-china-2015")))).toEqual([
      `${F}:46: formerSlugs.0: "uk-china-2015" is the slug of agreements/uk-china-2015.yaml: a former slug cannot be in use`,
    ]);
    expect(issuesOf(files(renamed(["old"]), renamed(["old"], "uk-china-2015")))).toEqual([
      `agreements/uk-china-2015.yaml:46: formerSlugs.0: "old" is already a former slug of ${F}: its old links can lead to one agreement only`,
    ]);
  });
});

describe("withdrawn: published agreements removed for good", () => {
  const reason = "Published by mistake: the document is a draft.";

  it("are read with the reason readers see, and default to none", () => {
    expect(parseCatalogue(withdrawing([{ slug: "us-uk-2019", reason }], agreement())).vocabulary.withdrawn).toEqual([
      { slug: "us-uk-2019", reason },
    ]);
    expect(parseCatalogue(files(agreement())).vocabulary.withdrawn).toEqual([]);
  });

  it("refuses a reason too short for readers, a slug in use or renamed, and one listed twice", () => {
    expect(issuesOf(withdrawing([{ slug: "us-uk-2019", reason: "draft" }], agreement()))).toEqual([
      "vocabulary.yaml:22: withdrawn.0.reason: readers see the reason on the agreement's 410 page: say in a sentence why it was removed (10 to 300 characters)",
    ]);
    expect(issuesOf(withdrawing([{ slug: "us-china-2015", reason }], agreement()))).toEqual([
      `vocabulary.yaml:21: withdrawn.0.slug: "us-china-2015" is the slug of ${F}: withdraw an agreement only once its file is removed`,
    ]);
    expect(issuesOf(withdrawing([{ slug: "old", reason }], renamed(["old"])))).toEqual([
      `vocabulary.yaml:21: withdrawn.0.slug: "old" is a former slug of ${F}: its old links lead there, so it cannot be withdrawn`,
    ]);
    expect(
      issuesOf(
        withdrawing(
          [
            { slug: "gone", reason },
            { slug: "gone", reason },
          ],
          agreement(),
        ),
      ),
    ).toEqual(['vocabulary.yaml:23: withdrawn.1.slug: "gone" is listed twice']);
  });
});
