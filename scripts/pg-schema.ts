// npm run db:pg-schema — writes prisma/postgresql/schema.prisma from prisma/schema.prisma. The models are
// written once, in the SQLite schema; the PostgreSQL twin differs only in provider and client output.
// `--check` exits 1 when the twin is out of date (the unit tests run it).
import { readFileSync, writeFileSync } from "node:fs";
import { postgresSchemaFrom } from "./lib/pg-schema";

const source = "prisma/schema.prisma";
const target = "prisma/postgresql/schema.prisma";
const wanted = postgresSchemaFrom(readFileSync(source, "utf8"));

if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== wanted) {
    console.error(`${target} is out of date with ${source}: run npm run db:pg-schema`);
    process.exit(1);
  }
  console.log(`${target} matches ${source}`);
} else {
  writeFileSync(target, wanted);
  console.log(`wrote ${target}`);
}
