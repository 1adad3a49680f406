// Input hygiene as a curator meets it, on the fixture catalogue written as a folder: UTF-8 only, files that are
// not read reported, language tags checked against the IANA registry, YAML errors in a curator's words.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, files, issuesOf, writeCatalogue } from "@/test/catalogue-fixtures";
import { checkLanguageTag } from "./fields";
import { decodeUtf8 } from "./hygiene";
import { CatalogueError, formatIssue, loadCatalogue, type CatalogueFile } from "./load";

const F = "agreements/us-china-2015.yaml";

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadCatalogue(dir);
  } catch (error) {
    if (error instanceof CatalogueError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe("a file's bytes", () => {
  it("refuses a file saved as Windows-1252, naming the line and column of the first bad byte", async () => {
    const dir = writeCatalogue(files(agreement()));
    const text = files(agreement())[1]!.text.replace("title: A title", "title: Australia\u0096China");
    const bytes = Buffer.from(text, "latin1");
    writeFileSync(path.join(dir, F), bytes);
    expect(await problemsOf(dir)).toEqual([
      `${F}:2: not UTF-8: the byte 0x96 at column 17 is not valid UTF-8 (the file was probably saved as Windows-1252): save it as UTF-8`,
    ]);
  });

  it("reads a UTF-8 file with a byte order mark", async () => {
    const dir = writeCatalogue(files(agreement()));
    writeFileSync(path.join(dir, F), `\uFEFF${files(agreement())[1]!.text}`);
    expect((await loadCatalogue(dir)).agreements[0]?.slug).toBe("us-china-2015");
  });

  it("finds the first bad byte after valid multi-byte characters, and says UTF-16 for a UTF-16 file", () => {
    const bad = Buffer.concat([Buffer.from("a: —\nb: 知识", "utf8"), Buffer.from([0xe2, 0x28]), Buffer.from("\n")]);
    expect(formatIssue(decodeUtf8("x.yaml", bad) as never)).toBe(
      "x.yaml:2: not UTF-8: the byte 0xE2 at column 6 is not valid UTF-8 (the file was probably saved as Windows-1252): save it as UTF-8",
    );
    expect(formatIssue(decodeUtf8("x.yaml", Buffer.from("\uFEFFa: 1", "utf16le")) as never)).toBe(
      "x.yaml:1: not UTF-8: the byte 0xFF at column 1 is not valid UTF-8 (the file was probably saved as UTF-16): save it as UTF-8",
    );
  });
});

describe("files that are not read", () => {
  it("reports other extensions, hidden files and subfolders as warnings", async () => {
    const dir = writeCatalogue(files(agreement()));
    for (const name of ["agreements/us-china-2015.yml.bak", "agreements/.DS_Store", "evidence/notes.txt", "README.md"]) {
      writeFileSync(path.join(dir, name), "x");
    }
    mkdirSync(path.join(dir, "agreements", "drafts"));
    expect((await loadCatalogue(dir)).warnings.map(formatIssue)).toEqual([
      "README.md: not read: a catalogue is vocabulary.yaml, agreements/ and evidence/",
      "agreements/.DS_Store: not read: only .yaml and .yml files directly in agreements/ are read",
      "agreements/drafts/: not read: only .yaml and .yml files directly in agreements/ are read",
      "agreements/us-china-2015.yml.bak: not read: only .yaml and .yml files directly in agreements/ are read",
      "evidence/notes.txt: not read: only .yaml and .yml files directly in evidence/ are read",
    ]);
    await expect(loadCatalogue(dir, { strict: true })).rejects.toThrow("README.md: not read");
  });

  it("refuses an agreement file whose extension is not lower-case .yaml instead of skipping it", async () => {
    const dir = writeCatalogue(files(agreement()));
    writeFileSync(path.join(dir, "agreements", "us-uk-2020.YAML"), "slug: us-uk-2020\n");
    expect(await problemsOf(dir)).toEqual([
      "agreements/us-uk-2020.YAML: not read: catalogue files end in lower-case .yaml; rename it to us-uk-2020.yaml",
    ]);
  });
});

describe("language tags, by the IANA language subtag registry", () => {
  it("accepts any letter case and stores the registry's", () => {
    expect(checkLanguageTag("EN")).toEqual({ tag: "en" });
    expect(checkLanguageTag("zh-hans")).toEqual({ tag: "zh-Hans" });
    expect(checkLanguageTag("en-gb")).toEqual({ tag: "en-GB" });
    // A script the language implies is redundant, not wrong.
    expect(checkLanguageTag("ru-cyrl")).toEqual({ tag: "ru-Cyrl" });
  });

  it("refuses an unknown subtag, naming it, with the registry's code where there is one", () => {
    const examples = "use a tag such as en, fr, zh or zh-Hans";
    expect(checkLanguageTag("zh-Hanz").error).toBe(
      `unknown language tag "zh-Hanz": "Hanz" is not in the IANA language subtag registry; ${examples}`,
    );
    expect(checkLanguageTag("en-XX").error).toBe(
      `unknown language tag "en-XX": "XX" is not in the IANA language subtag registry; ${examples}`,
    );
    expect(checkLanguageTag("ger").error).toBe('unknown language tag "ger": "ger" is not in the IANA language subtag registry; write "de"');
  });

  it("stores a tag in the registry's case, and refuses an invalid one with its line", () => {
    const a = agreement();
    Object.assign(a.clauses[0]!.texts[0]!, { language: "EN" });
    expect(issuesOf(files(a))).toEqual([]);
    a.clauses[0]!.texts[0]!.language = "en-XX";
    expect(issuesOf(files(a))).toEqual([
      `${F}:24: clauses.0.texts.0.language: unknown language tag "en-XX": "XX" is not in the IANA language subtag registry; use a tag such as en, fr, zh or zh-Hans`,
    ]);
  });
});

describe("YAML errors in a curator's words, with their line", () => {
  const yaml = (text: string): CatalogueFile[] => [...files(), { name: F, text }];
  it.each([
    [
      'slug: a\ntitle: "unclosed\nsummary: x\n',
      `${F}:4: not valid YAML: a quoted text is not closed: end it with the quotation mark it starts with`,
    ],
    ["slug: a\nslug: b\n", `${F}:2: not valid YAML: a field is given twice in the same record: keep one`],
    [
      "slug: a\ntitle: Note: this\n",
      `${F}:2: not valid YAML: a value holds ": " (or a field is indented under a value): put the value in quotation marks ("…"), or fix the indentation`,
    ],
    ["slug: a\nclauses:\n\t- x\n", `${F}:3: not valid YAML: a tab indents this line: indent with spaces only`],
    [
      "slug: a\ntitle: 'it's here'\n",
      `${F}:2: not valid YAML: text goes on after a quoted value ends: inside '…' write an apostrophe as '' (it''s), or quote the value with "…"`,
    ],
  ])("%j", (text, expected) => {
    expect(issuesOf(yaml(text))).toEqual([expected]);
  });
});
