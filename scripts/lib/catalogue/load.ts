// Reads the catalogue's source files, validates them and returns one normalised catalogue with its
// content hash. Every problem becomes a CatalogueIssue naming the file, the field path and, where the
// YAML has it, the line; nothing is imported unless the whole catalogue is valid.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument, isCollection, type Document } from "yaml";
import type { z } from "zod";
import { agreementFileSchema, evidenceFileSchema, vocabularySchema, type AgreementFile, type Vocabulary } from "./schema";
import { checkAgreementEvidence, indexEvidence, type Evidence, type Located } from "./evidence";

export type CatalogueIssue = { file: string; path: string; line?: number; message: string };

export class CatalogueError extends Error {
  constructor(readonly issues: CatalogueIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "CatalogueError";
  }
}

export function formatIssue(issue: CatalogueIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}

export type Catalogue = {
  vocabulary: Vocabulary;
  agreements: AgreementFile[];
  /** What was seen of every source, by evidence id. */
  evidence: Map<string, Evidence>;
  contentHash: string;
  fileCount: number;
};

export type CatalogueFile = { name: string; text: string };

export const VOCABULARY_FILE = "vocabulary.yaml";

/** The folders of a catalogue: one agreement a file, and the evidence of their sources. */
const FOLDERS = ["agreements", "evidence"] as const;

/** Reads `dir/vocabulary.yaml`, every `dir/agreements/*.yaml` and every `dir/evidence/*.yaml`, in name order. */
export async function readCatalogueFiles(dir: string): Promise<CatalogueFile[]> {
  const files: CatalogueFile[] = [{ name: VOCABULARY_FILE, text: await readFile(path.join(dir, VOCABULARY_FILE), "utf8") }];
  for (const folder of FOLDERS) {
    const all = (await readdir(path.join(dir, folder))).sort();
    const misnamed = all.filter((n) => /\.ya?ml$/i.test(n) && !/\.ya?ml$/.test(n));
    if (misnamed.length) {
      throw new CatalogueError(
        misnamed.map((n) => ({
          file: `${folder}/${n}`,
          path: "",
          message: `not read: catalogue files end in lower-case .yaml; rename it to ${n.replace(/\.ya?ml$/i, ".yaml")}`,
        })),
      );
    }
    for (const name of all.filter((n) => /\.ya?ml$/.test(n))) {
      files.push({ name: `${folder}/${name}`, text: await readFile(path.join(dir, folder, name), "utf8") });
    }
  }
  return files;
}

export async function loadCatalogue(dir: string): Promise<Catalogue> {
  return parseCatalogue(await readCatalogueFiles(dir));
}

/** Validates in-memory files: the first must be the vocabulary, the rest agreements (agreements/) and evidence (evidence/). */
export function parseCatalogue(files: CatalogueFile[]): Catalogue {
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
  const agreementFiles = rest.filter((f) => !f.name.startsWith("evidence/"));
  const evidenceFiles = rest.filter((f) => f.name.startsWith("evidence/"));
  if (!vocabularyFile || vocabularyFile.name !== VOCABULARY_FILE) {
    throw new CatalogueError([{ file: VOCABULARY_FILE, path: "", message: "file is missing" }]);
  }
  const vocabulary = validate(vocabularyFile, vocabularySchema).data;
  const issues: CatalogueIssue[] = [];
  for (const [list, what] of [
    [vocabulary.parties.map((p) => p.code), "party code"],
    [vocabulary.provisions.map((p) => p.key), "provision"],
    [vocabulary.scopeCategories.map((c) => c.key), "scope category"],
  ] as const) {
    for (const dup of duplicates(list)) issues.push({ file: VOCABULARY_FILE, path: "", message: `duplicate ${what} "${dup}"` });
  }
  if (issues.length) throw new CatalogueError(issues);

  const schema = agreementFileSchema(vocabulary);
  const agreements: Located<AgreementFile>[] = [];
  const seen = new Map<string, string>();
  const evidenceDocs: Located<z.output<typeof evidenceFileSchema>>[] = [];
  for (const file of evidenceFiles) {
    try {
      evidenceDocs.push(validate(file, evidenceFileSchema));
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      issues.push(...error.issues);
    }
  }
  for (const file of agreementFiles) {
    try {
      const located = validate(file, schema);
      const agreement = located.data;
      const expected = path.basename(file.name).replace(/\.ya?ml$/, "");
      const other = seen.get(agreement.slug);
      if (other) {
        issues.push({ file: file.name, path: "slug", message: `duplicate slug "${agreement.slug}", also used by ${other}` });
      } else if (agreement.slug !== expected) {
        issues.push({
          file: file.name,
          path: "slug",
          message: `slug "${agreement.slug}" must match the file name "${expected}" (a copied file keeps the old slug and header comment: change both)`,
        });
      }
      seen.set(agreement.slug, file.name);
      agreements.push(located);
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (agreementFiles.length === 0) issues.push({ file: "agreements/", path: "", message: "no agreement files" });
  const { evidence, where, issues: evidenceIssues } = indexEvidence(evidenceDocs);
  issues.push(...evidenceIssues);
  // Texts are checked against a whole archive: with an evidence file unreadable, they would all seem unseen.
  if (evidenceDocs.length === evidenceFiles.length) for (const a of agreements) issues.push(...checkAgreementEvidence(a, evidence, where));
  // An event about several agreements names the others by slug: each must be in the catalogue.
  for (const { data: agreement } of agreements) {
    agreement.events.forEach((e, i) =>
      e.alsoConcerns?.forEach((slug, j) => {
        if (!seen.has(slug)) {
          issues.push({
            file: seen.get(agreement.slug) ?? `agreements/${agreement.slug}.yaml`,
            path: `events.${i}.alsoConcerns.${j}`,
            message: `no agreement in the catalogue has the slug "${slug}"`,
          });
        }
      }),
    );
  }
  if (issues.length) throw new CatalogueError(issues);

  return { vocabulary, agreements: agreements.map((a) => a.data), evidence, contentHash: hashFiles(files), fileCount: files.length };
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
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

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
    throw new CatalogueError(
      doc.errors.map((e) => ({
        file: file.name,
        path: "",
        line: e.linePos?.[0]?.line,
        message: `YAML syntax: ${(e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    // The YAML library refuses an alias bomb (a few lines that expand to gigabytes) with a bare ReferenceError.
    const what = error instanceof Error ? error.message : String(error);
    throw new CatalogueError([
      {
        file: file.name,
        path: "",
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

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}
