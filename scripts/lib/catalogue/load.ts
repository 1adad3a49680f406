// Reads the catalogue's source files, validates them and returns one normalised catalogue with its
// content hash. Every problem becomes a CatalogueIssue naming the file, the field path and, where the
// YAML has it, the line; nothing is imported unless the whole catalogue is valid.
import { createHash } from "node:crypto";
import { LineCounter, parseDocument, isCollection, visit, type Document } from "yaml";
import type { z } from "zod";
import { agreementFileSchema, evidenceFileSchema, vocabularySchema, type AgreementFile, type Vocabulary } from "./schema";
import { checkAlignments } from "./units";
import { checkAgreementEvidence, indexEvidence, type Evidence, type Located } from "./evidence";
import { readCatalogueFolder, VOCABULARY_FILE, yamlSyntaxMessage } from "./hygiene";
import { checkSlugs } from "./slugs";
import { catalogueWarnings, type WarningCode } from "./warnings";

export type CatalogueIssue = { file: string; path: string; line?: number; message: string; code?: WarningCode };

export class CatalogueError extends Error {
  constructor(
    readonly issues: CatalogueIssue[],
    /** True when the issues are warnings refused by strict (db:check --strict). */
    readonly strict = false,
  ) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "CatalogueError";
  }
}

/** `file:line: path: message`, and a warning's code, by which an agreement file acknowledges it: ` [year-only-date]`. */
export function formatIssue(issue: CatalogueIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}${issue.code ? ` [${issue.code}]` : ""}`;
}

export type Catalogue = {
  vocabulary: Vocabulary;
  agreements: AgreementFile[];
  /** What was seen of every source, by evidence id. */
  evidence: Map<string, Evidence>;
  contentHash: string;
  fileCount: number;
  /** What may be a mistake but does not stop an import (./warnings.ts); none under strict. */
  warnings: CatalogueIssue[];
};

export type CatalogueFile = { name: string; text: string };
/** strict: warnings are refused as problems (db:check --strict). today: YYYY-MM-DD, for dates after it. */
export type LoadOptions = { strict?: boolean; today?: string };

export { VOCABULARY_FILE };

export async function loadCatalogue(dir: string, options: LoadOptions = {}): Promise<Catalogue> {
  const read = await readCatalogueFolder(dir);
  if (read.issues.length) throw new CatalogueError(read.issues);
  return parseCatalogue(read.files, { ...options, warnings: read.warnings });
}

/**
 * Validates in-memory files: the first must be the vocabulary, the rest agreements (agreements/) and evidence
 * (evidence/). `warnings` are those found before (files not read), reported with the catalogue's own.
 */
export function parseCatalogue(files: CatalogueFile[], options: LoadOptions & { warnings?: CatalogueIssue[] } = {}): Catalogue {
  const total = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, "utf8"), 0);
  if (total > LIMITS.catalogueBytes) {
    throw new CatalogueError([
      {
        file: "",
        path: "",
        message: `the catalogue is ${Math.round(total / 1048576)} MB; a version is at most ${LIMITS.catalogueBytes / 1048576} MB`,
      },
    ]);
  }
  const [vocabularyFile, ...rest] = files;
  if (!vocabularyFile || vocabularyFile.name !== VOCABULARY_FILE) {
    throw new CatalogueError([{ file: VOCABULARY_FILE, path: "", message: "file is missing" }]);
  }
  const vocabulary = validate(vocabularyFile, vocabularySchema);
  const issues = vocabularyDuplicates(vocabulary);
  if (issues.length) throw new CatalogueError(issues);

  const agreementFiles = rest.filter((f) => !f.name.startsWith("evidence/"));
  const evidenceFiles = rest.filter((f) => f.name.startsWith("evidence/"));
  const evidenceDocs = validateAll(evidenceFiles, evidenceFileSchema, issues);
  const agreements = validateAll(agreementFiles, agreementFileSchema(vocabulary.data), issues);
  if (agreementFiles.length === 0) issues.push({ file: "agreements/", path: "", message: "no agreement files" });
  const { evidence, where, issues: evidenceIssues } = indexEvidence(evidenceDocs);
  issues.push(...evidenceIssues);
  // Texts are checked against a whole archive: with an evidence file unreadable, they would all seem unseen.
  if (evidenceDocs.length === evidenceFiles.length) for (const a of agreements) issues.push(...checkAgreementEvidence(a, evidence, where));
  issues.push(...checkSlugs(agreements, vocabulary), ...checkAlignments(agreements));
  if (issues.length) throw new CatalogueError(issues);

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const warnings = [...(options.warnings ?? []), ...catalogueWarnings(agreements, evidenceDocs, today)];
  if (options.strict && warnings.length) throw new CatalogueError(warnings, true);
  return {
    vocabulary: vocabulary.data,
    agreements: agreements.map((a) => a.data),
    evidence,
    contentHash: hashFiles(files),
    fileCount: files.length,
    warnings,
  };
}

/** A party code, provision or scope category listed twice in the vocabulary. */
function vocabularyDuplicates(vocabulary: Located<Vocabulary>): CatalogueIssue[] {
  const { parties, provisions, scopeCategories } = vocabulary.data;
  return (
    [
      ["parties", "code", parties.map((p) => p.code), "party code"],
      ["provisions", "key", provisions.map((p) => p.key), "provision"],
      ["scopeCategories", "key", scopeCategories.map((c) => c.key), "scope category"],
    ] as const
  ).flatMap(([list, field, values, what]) =>
    values.flatMap((value, i) => {
      if (values.indexOf(value) === i) return [];
      const path = [list, i, field];
      return [{ file: VOCABULARY_FILE, path: path.join("."), line: vocabulary.lineAt(path), message: `duplicate ${what} "${value}"` }];
    }),
  );
}

/** The files that validate, each with its lines; the problems of the others are added to `issues`. */
function validateAll<T extends z.ZodType>(files: CatalogueFile[], schema: T, issues: CatalogueIssue[]): Located<z.output<T>>[] {
  return files.flatMap((file) => {
    try {
      return [validate(file, schema)];
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      issues.push(...error.issues);
      return [];
    }
  });
}

export function hashFiles(files: CatalogueFile[]): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(f.name).update("\0").update(f.text.replace(/\r\n/g, "\n")).update("\0");
  }
  return hash.digest("hex");
}

/**
 * Bounds that fit whole treaties (the Budapest Convention's text is about 65 KB) and refuse what no curator
 * writes by hand: a 50 MB file would import for a minute and render pages of a hundred megabytes.
 */
export const LIMITS = { fileBytes: 2 * 1024 * 1024, catalogueBytes: 256 * 1024 * 1024, aliases: 100 };
// Control characters a word processor leaves behind (\v, \u0001, NUL): invisible, and no XML feed can hold them.
// C1 controls (U+0080–U+009F) too: what a Windows-1252 dash becomes when a file is converted as Latin-1.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Problems of a file's bytes, before its YAML is read: its size, and control characters by line. */
function textIssues(file: CatalogueFile): CatalogueIssue[] {
  const bytes = Buffer.byteLength(file.text, "utf8");
  if (bytes > LIMITS.fileBytes) {
    return [
      {
        file: file.name,
        path: "",
        message: `file is ${(bytes / 1048576).toFixed(1)} MB; a catalogue file is at most ${LIMITS.fileBytes / 1048576} MB (a whole treaty is well under 1 MB): split it, or store the text, not a whole page`,
      },
    ];
  }
  return file.text.split("\n").flatMap((line, i) => {
    const found = CONTROL.exec(line);
    if (!found) return [];
    const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    return [
      {
        file: file.name,
        path: "",
        line: i + 1,
        message: `invisible control character ${code} at column ${found.index + 1}: delete it (it often comes from a word processor)`,
      },
    ];
  });
}

function validate<T extends z.ZodType>(file: CatalogueFile, schema: T): Located<z.output<T>> {
  const bad = textIssues(file);
  if (bad.length) throw new CatalogueError(bad);
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    // One message a line: a single slip often makes the library report two or three errors at the same place.
    const lines = new Set<number | undefined>();
    const first = doc.errors.filter((e) => !lines.has(e.linePos?.[0]?.line) && lines.add(e.linePos?.[0]?.line));
    throw new CatalogueError(first.map((e) => ({ file: file.name, path: "", line: e.linePos?.[0]?.line, message: yamlSyntaxMessage(e) })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    // The YAML library refuses an alias bomb (a few lines that expand to gigabytes) with a bare ReferenceError.
    const what = error instanceof Error ? error.message : String(error);
    let alias: number | undefined;
    visit(doc, { Alias: (_, node) => ((alias = node.range?.[0]), visit.BREAK) });
    throw new CatalogueError([
      {
        file: file.name,
        path: "",
        line: alias === undefined ? undefined : lineCounter.linePos(alias).line,
        message: `YAML not read: ${/alias/i.test(what) ? `too many aliases (at most ${LIMITS.aliases}); write the values out` : what}`,
      },
    ]);
  }
  const result = schema.safeParse(data);
  if (result.success) return { file: file.name, data: result.data, lineAt: (p) => lineOf(doc, lineCounter, p) };
  throw new CatalogueError(
    result.error.issues.map((issue) => ({
      file: file.name,
      path: issue.path.map(String).join("."),
      line: lineOf(doc, lineCounter, issue.path),
      message: issue.code === "invalid_type" && issue.message.includes("received undefined") ? "missing field" : issue.message,
    })),
  );
}

/** The line of the deepest node on `issuePath` that exists in the document. */
function lineOf(doc: Document, lines: LineCounter, issuePath: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0];
  for (const segment of issuePath) {
    if (!isCollection(node)) break;
    const child = node.get(typeof segment === "number" ? segment : String(segment), true) as
      { range?: [number, number, number] } | undefined;
    if (!child) break;
    node = child;
    if (child.range) offset = child.range[0];
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}
