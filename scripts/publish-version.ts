// npm run db:publish -- <version>   makes a staged (or an earlier) dataset version current;
// npm run db:rollback               makes the version current before this one current again.
// Every running instance shows the change within a second or two, as after an import. Exit 1 with one line
// when refused (unknown, retired or already current version; nothing to roll back to).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/runtime/prisma-client";
import { ImportRefused } from "./lib/catalogue/import";
import { PublishRefused, publishVersion, rollbackVersion } from "./lib/catalogue/publish";

const { values, positionals } = parseArgs({ options: { rollback: { type: "boolean", default: false } }, allowPositionals: true });

async function main(): Promise<number> {
  if (values.rollback ? positionals.length !== 0 : positionals.length !== 1) {
    console.error("Usage: npm run db:publish -- <version>   or   npm run db:rollback");
    return 1;
  }
  const prisma = createPrismaClient();
  try {
    const done = values.rollback ? await rollbackVersion(prisma) : await publishVersion(prisma, positionals[0]!);
    console.log(
      `Dataset version ${done.versionId} is current (it replaces ${done.previousId ?? "nothing"}); running servers show it within seconds.`,
    );
    if (done.previousId) console.log(`Undo: npm run db:${values.rollback ? "publish -- " + done.previousId : "rollback"}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PublishRefused || error instanceof ImportRefused)) throw error;
    console.error(`Not published: ${error.message}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

void main().then((code) => process.exit(code));
