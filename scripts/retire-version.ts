// npm run db:retire -- <version> --reason "why"
// Retires a dataset version for good (scripts/lib/catalogue/retire.ts): its rows are deleted, its links answer
// 410 with the reason. Exit 1 with one line when refused (unknown, current or already retired version).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/runtime/prisma-client";
import { RetireRefused, retireVersion } from "./lib/catalogue/retire";

const { values, positionals } = parseArgs({ options: { reason: { type: "string", default: "" } }, allowPositionals: true });

async function main(): Promise<number> {
  if (positionals.length !== 1) {
    console.error('Usage: npm run db:retire -- <version> --reason "why it is retired"');
    return 1;
  }
  const prisma = createPrismaClient();
  try {
    await retireVersion(prisma, positionals[0]!, values.reason);
    console.log(`Retired dataset version ${positionals[0]}: its links now answer 410 Gone with the reason.`);
    return 0;
  } catch (error) {
    if (!(error instanceof RetireRefused)) throw error;
    console.error(`Not retired: ${error.message}`);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

void main().then((code) => process.exit(code));
