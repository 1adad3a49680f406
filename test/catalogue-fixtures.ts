// Small valid catalogue files for tests, helpers to break one field at a time, and to write them as a folder
// laid out like prisma/catalogue (for db:check as a curator runs it).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { CatalogueError, formatIssue, parseCatalogue, type CatalogueFile, type LoadOptions } from "@/scripts/lib/catalogue/load";

export const vocabulary = {
  parties: [
    { code: "USA", name: "United States" },
    { code: "CHN", name: "China" },
  ],
  featuredProvision: { key: "ip-theft", name: "IP-theft pledge" },
  provisions: [
    { key: "ip-theft", label: "No IP theft", description: "d" },
    { key: "hotline", label: "Hotline", description: "d" },
  ],
  scopeCategories: [{ key: "economic-espionage", label: "Economic espionage", description: "d" }],
  // Last, after withdrawn, so tests that replace withdrawn keep its line numbers.
  withdrawn: [] as unknown[],
  released: "2026-12-01",
};

export function agreement(slug = "us-china-2015") {
  return {
    slug,
    title: "A title",
    shortTitle: "US–China 2015",
    parties: ["USA", "CHN"],
    form: "fact-sheet",
    legalCharacter: { value: "political-commitment", basis: "text", note: "A fact sheet.", cite: ["fs"] },
    date: "2015-09-25",
    summary: "A summary.",
    sources: { fs: { evidence: "example-fact-sheet", kind: "primary" } },
    clauses: [
      {
        label: "Commitment 2",
        provision: "ip-theft",
        texts: [{ language: "en", form: "verbatim", confidence: "high", text: "Neither government will conduct.", cite: ["fs"] }],
      },
    ],
    scope: [{ category: "economic-espionage", position: "covered", basis: "text", confidence: "high", note: "n", cite: ["fs"] }],
    events: [{ date: "2015-09-25", kind: "announced", title: "Announced", confidence: "high", cite: ["fs"] }],
  };
}

/** What was seen of the fixtures' one source: the passage their verbatim text is quoted from. */
export function evidence() {
  return {
    sources: {
      "example-fact-sheet": {
        url: "https://example.org/fs",
        title: "Fact sheet",
        publisher: null,
        date: "2015-09-25",
        copied: null,
        seen: "a test fixture",
        passages: [
          { language: "en", seen: "a test fixture", text: "The two sides agree. Neither government will conduct. They will meet." },
        ],
      },
    },
  };
}

export function files(...agreements: object[]): CatalogueFile[] {
  return filesWith(evidence(), ...agreements);
}

/** The vocabulary, the evidence file given and the agreements, as the loader reads them. */
export function filesWith(seen: object, ...agreements: object[]): CatalogueFile[] {
  return [
    { name: "vocabulary.yaml", text: stringify(vocabulary) },
    ...agreements.map((a) => ({ name: `agreements/${(a as { slug: string }).slug}.yaml`, text: stringify(a) })),
    { name: "evidence/examples.yaml", text: stringify(seen) },
  ];
}

/** What `db:check` says of these files, one line a problem (none for a valid catalogue). */
export function issuesOf(input: CatalogueFile[]): string[] {
  try {
    parseCatalogue(input);
  } catch (error) {
    if (error instanceof CatalogueError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

/** What `db:check` warns of these valid files, one line a warning with its code. */
export function warningsOf(input: CatalogueFile[], options: LoadOptions = {}): string[] {
  return parseCatalogue(input, options).warnings.map(formatIssue);
}

/** The files written into a new temporary folder (vocabulary.yaml, agreements/, evidence/); returns its path. */
export function writeCatalogue(input: CatalogueFile[]): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "catalogue-")), "catalogue");
  for (const folder of ["agreements", "evidence"]) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const f of input) writeFileSync(path.join(dir, f.name), f.text);
  return dir;
}
