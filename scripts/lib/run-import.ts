// Validates the catalogue files of a folder and imports them as a new dataset version, in one transaction;
// with check, validates only. Returns the exit code: 1 with one line per problem (file:line: field: message).
// Used by `npm run db:import` and by `db:setup` (which `npm start` runs compiled).
import path from "node:path";
import { CatalogueError, formatIssue, loadCatalogue } from "./catalogue/load";
import { importCatalogue } from "./catalogue/import";

export async function runImport({ dir, check }: { dir: string; check: boolean }): Promise<number> {
  let catalogue;
  try {
    catalogue = await loadCatalogue(dir);
  } catch (error) {
    if (error instanceof CatalogueError) {
      console.error(`Catalogue is invalid; nothing was imported (${error.issues.length} problem(s)):`);
      for (const issue of error.issues) console.error(`  ${formatIssue({ ...issue, file: path.join(dir, issue.file) })}`);
      return 1;
    }
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      console.error(`Catalogue not found: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(`Catalogue valid: ${catalogue.agreements.length} agreements, content hash ${catalogue.contentHash.slice(0, 12)}`);
  if (check) return 0;

  // Loaded here, not at the top: db:setup regenerates a missing PostgreSQL client before this runs.
  const { createPrismaClient } = await import("@/lib/runtime/prisma-client");
  const prisma = createPrismaClient();
  try {
    const result = await importCatalogue(prisma, catalogue);
    const said = {
      created: `Imported dataset version ${result.versionId}`,
      unchanged: `Dataset version ${result.versionId} is already current; nothing to do`,
      reactivated: `Dataset version ${result.versionId} already existed; it is current again`,
    }[result.status];
    console.log(`${said} (${result.agreements} agreements).`);
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
