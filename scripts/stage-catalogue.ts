// npm run db:stage [-- --dir path] [-- --strict]
// Validates the catalogue and writes it as a staged dataset version: complete, readable at its preview links
// (marked "Preview — not published", not indexed), but not current and in no list, feed or history until
// `npm run db:publish -- <version>`. Prints the impact against the published version and the preview links.
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/runtime/env";
import { loadForCli } from "./lib/run-import";
import { ImportRefused, importCatalogue } from "./lib/catalogue/import";
import { fileImpact, impactLines } from "./lib/catalogue/impact";
import { previewLinks, versionImpactLines } from "./lib/catalogue/preview";

const { values } = parseArgs({
  options: { dir: { type: "string", default: path.join("prisma", "catalogue") }, strict: { type: "boolean", default: false } },
});

async function main(): Promise<number> {
  const catalogue = await loadForCli(values.dir, values.strict);
  if (!catalogue) return 1;
  const { createPrismaClient } = await import("@/lib/runtime/prisma-client");
  const prisma = createPrismaClient();
  try {
    const impact = await fileImpact(prisma, catalogue);
    const result = await importCatalogue(prisma, catalogue, new Date(), { stage: true });
    const v = result.versionId;
    if (result.status === "unchanged")
      return say(`These files are dataset version ${v}, which is published and current: nothing to stage.`);
    if (result.status === "exists")
      return say(`These files are dataset version ${v}, published before: npm run db:publish -- ${v} makes it current again.`);
    console.log(
      `Staged dataset version ${v} (${result.agreements} agreements): not published; readers see ${result.currentId ?? "nothing yet"}.`,
    );
    if (impact) console.log([...impactLines(impact), ...(await versionImpactLines(impact.currentId, v))].join("\n"));
    const slugs = catalogue.agreements.map((a) => a.slug);
    console.log(`Preview links (marked "Preview — not published", not indexed):`);
    for (const link of await previewLinks(env().SITE_URL, v, impact, slugs)) console.log(`  ${link}`);
    console.log(`Publish it: npm run db:publish -- ${v}    (undo a publication: npm run db:rollback)`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    console.error(`Not staged; the database is unchanged: ${error.message}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

function say(line: string): number {
  console.log(line);
  return 0;
}

void main().then((code) => process.exit(code));
