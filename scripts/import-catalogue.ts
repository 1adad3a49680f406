// npm run db:import [-- --dir path] [-- --check] [-- --strict]
// Validates the catalogue files and imports them as a new dataset version, in one transaction.
// --check validates only; --strict refuses warnings too. Exit 1 with one line per problem (file:line: field:
// message) on bad files.
import path from "node:path";
import { parseArgs } from "node:util";
import { runImport } from "./lib/run-import";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: path.join("prisma", "catalogue") },
    check: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
  },
});

void runImport(values).then((code) => process.exit(code));
