// `released` in vocabulary.yaml: the version's own date, required, a real calendar day written YYYY-MM-DD, and
// refused with a message that tells the curator what it is for and how to write it.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { agreement, files, issuesOf, vocabulary } from "@/test/catalogue-fixtures";
import { parseCatalogue, type CatalogueFile } from "./load";

const withReleased = (released: unknown): CatalogueFile[] => {
  const rest: Record<string, unknown> = { ...vocabulary };
  delete rest.released;
  return [
    { name: "vocabulary.yaml", text: stringify(released === undefined ? rest : { ...rest, released }) },
    ...files(agreement()).slice(1),
  ];
};
const HELP = /^vocabulary\.yaml(:\d+)?: released: the date of this version of the catalogue, as YYYY-MM-DD \(e\.g\. released: 2026-12-08\)/;

describe("released", () => {
  it("is read as written", () => {
    expect(parseCatalogue(withReleased("2026-12-08")).vocabulary.released).toBe("2026-12-08");
  });

  it("is read from an unquoted YAML date, as curators write it", () => {
    const [vocab, ...rest] = withReleased("2026-12-08");
    const unquoted = vocab!.text.replace(/released: "?2026-12-08"?/, "released: 2026-12-08");
    expect(unquoted).toContain("released: 2026-12-08\n");
    expect(parseCatalogue([{ ...vocab!, text: unquoted }, ...rest]).vocabulary.released).toBe("2026-12-08");
  });

  it("is required, with a message saying what it is for", () => {
    const issues = issuesOf(withReleased(undefined));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(HELP);
  });

  it.each([["8 December 2026"], ["2026-12"], ["2026-02-30"], ["2026-13-01"], [20261208]])("refuses %s", (value) => {
    const issues = issuesOf(withReleased(value));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(HELP);
  });

  it("changes the content hash: a new date is a new version", () => {
    const a = parseCatalogue(withReleased("2026-12-08")).contentHash;
    expect(parseCatalogue(withReleased("2026-12-09")).contentHash).not.toBe(a);
  });
});
