// npm run evidence:audit -- <folder of research files> [--dir prisma/catalogue]
// Checks that the evidence archive's passages, titles and publishers are written in the research files they
// were copied from (scripts/lib/audit-evidence.ts). Exit 1 with one line per problem.
import path from "node:path";
import { parseArgs } from "node:util";
import { auditEvidence } from "./lib/audit-evidence";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: "string", default: path.join("prisma", "catalogue") } },
});
const [researchDir] = positionals;
if (!researchDir) {
  console.error("usage: npm run evidence:audit -- <folder of research files> [--dir prisma/catalogue]");
  process.exit(2);
}
void auditEvidence(values.dir, researchDir).then((problems) => {
  for (const p of problems) console.error(p);
  console.log(problems.length ? `${problems.length} problem(s)` : "Every passage, title and publisher is in the research files.");
  process.exit(problems.length ? 1 : 0);
});
