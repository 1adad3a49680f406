// npm run db:import [-- --dir path] [-- --check]
// Validates the catalogue files and imports them as a new dataset version, in one transaction.
// --check validates only. Exit 1 with one line per problem (file:line: field: message) on bad files.
import path from "node:path";
import { parseArgs } from "node:util";
import { CatalogueError, formatIssue, loadCatalogue } from "../lib/catalogue/load";
import { importCatalogue } from "../lib/catalogue/import";
import { createPrismaClient } from "../lib/prisma-client";

const { values } = parseArgs({
  options: { dir: { type: "string", default: path.join("prisma", "catalogue") }, check: { type: "boolean", default: false } },
});

async function main(): Promise<number> {
  let catalogue;
  try {
    catalogue = await loadCatalogue(values.dir);
  } catch (error) {
    if (error instanceof CatalogueError) {
      console.error(`Catalogue is invalid; nothing was imported (${error.issues.length} problem(s)):`);
      for (const issue of error.issues) console.error(`  ${formatIssue({ ...issue, file: path.join(values.dir, issue.file) })}`);
      return 1;
    }
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      console.error(`Catalogue not found: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(`Catalogue valid: ${catalogue.agreements.length} agreements, content hash ${catalogue.contentHash.slice(0, 12)}`);
  if (values.check) return 0;

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
    console.error(`Import failed; the database is unchanged: ${error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error)}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().then((code) => process.exit(code));
