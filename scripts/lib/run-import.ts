// Validates the catalogue files of a folder and imports them as a new dataset version, in one transaction;
// with check, validates only. Returns the exit code: 1 with one line per problem (file:line: field: message).
// Warnings are printed the same way and exit 0; with strict, they are problems. Used by `npm run db:import`
// and by `db:setup` (which `npm start` runs compiled); loadForCli by any script that reads the catalogue.
import path from "node:path";
import { CatalogueError, formatIssue, loadCatalogue, type Catalogue, type CatalogueIssue } from "./catalogue/load";
import { existsSync } from "node:fs";
import { importCatalogue, type ImportResult } from "./catalogue/import";
import { fileImpact, impactLines } from "./catalogue/impact";
import { suggestions } from "./catalogue/suggest";

const line = (dir: string, issue: CatalogueIssue) => `  ${formatIssue({ ...issue, file: path.join(dir, issue.file) })}`;

/**
 * Loads the catalogue of `dir` for a command line: prints its problems and returns null, or prints
 * "Catalogue valid…" and its warnings and returns it. With strict, warnings are problems.
 */
export async function loadForCli(dir: string, strict: boolean): Promise<Catalogue | null> {
  let catalogue;
  try {
    catalogue = await loadCatalogue(dir, { strict });
  } catch (error) {
    if (error instanceof CatalogueError) {
      const strictly = error.strict ? "; --strict refuses warnings" : "";
      console.error(`Catalogue is invalid; nothing was imported (${error.issues.length} problem(s)${strictly}):`);
      for (const issue of error.issues) console.error(line(dir, issue));
      return null;
    }
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      console.error(`Catalogue not found: ${error.message}`);
      return null;
    }
    throw error;
  }
  console.log(`Catalogue valid: ${catalogue.agreements.length} agreements, content hash ${catalogue.contentHash.slice(0, 12)}`);
  if (catalogue.warnings.length) {
    console.log(
      `${catalogue.warnings.length} warning(s) (db:check --strict refuses them; an agreement file acknowledges one it means with acknowledged: { <code>: <reason> }):`,
    );
    for (const warning of catalogue.warnings) console.log(line(dir, warning));
  }
  return catalogue;
}

export async function runImport({ dir, check, strict = false }: { dir: string; check: boolean; strict?: boolean }): Promise<number> {
  const catalogue = await loadForCli(dir, strict);
  if (!catalogue) return 1;
  if (check) {
    const hints = suggestions(catalogue);
    if (hints.length) console.log(`Suggestions (from shared wording; take them or leave them):\n${hints.map((h) => `  ${h}`).join("\n")}`);
    return printImpact(catalogue);
  }

  // Loaded here, not at the top: db:setup regenerates a missing PostgreSQL client before this runs.
  const { createPrismaClient } = await import("@/lib/runtime/prisma-client");
  const prisma = createPrismaClient();
  try {
    const result = await importCatalogue(prisma, catalogue);
    const messages: Partial<Record<ImportResult["status"], string>> = {
      created: `Imported dataset version ${result.versionId}`,
      unchanged: `Dataset version ${result.versionId} is already current; nothing to do`,
      reactivated: `Dataset version ${result.versionId} already existed; it is current now`,
    };
    console.log(`${messages[result.status] ?? `Dataset version ${result.versionId}: ${result.status}`} (${result.agreements} agreements).`);
    // Running servers poll the current version and show it within seconds: nothing to notify.
    return 0;
  } catch (error) {
    console.error(
      `Import failed; the database is unchanged: ${error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error)}`,
    );
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * What publishing the files would change for readers (./catalogue/impact.ts), when there is a database to
 * compare with: never creates one (a SQLite file that does not exist is not opened). Exit 1 when links break.
 */
async function printImpact(catalogue: Catalogue): Promise<number> {
  const { databaseProvider, sqliteFilePath } = await import("@/lib/runtime/env");
  if (databaseProvider() === "sqlite" && !existsSync(sqliteFilePath())) return 0;
  const { createPrismaClient } = await import("@/lib/runtime/prisma-client");
  const prisma = createPrismaClient();
  try {
    const impact = await fileImpact(prisma, catalogue);
    if (impact) console.log(impactLines(impact).join("\n"));
    return impact?.broken.length ? 1 : 0;
  } catch (error) {
    console.log(
      `Impact not reported: the database cannot be read (${error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error)}).`,
    );
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}
