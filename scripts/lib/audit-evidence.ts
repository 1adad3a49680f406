// For curators who have the research files the evidence was copied from: checks that every passage of the
// evidence archive, and every title and publisher recorded as seen, is written in one of those files, byte for
// byte. The catalogue's own checks (db:check) need nothing outside the repository; this one ties the archive
// to its origin. Exit 1 with one line per problem.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { loadCatalogue } from "./catalogue/load";

export async function auditEvidence(catalogueDir: string, researchDir: string): Promise<string[]> {
  const research = readdirSync(researchDir)
    .map((name) => path.join(researchDir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file, "utf8"))
    // A research file's own bold (`Cybercrime**:** Strengthening`, its emphasis of the words that matter) is not
    // the source's: each file is also read without it. Single asterisks stay (a copy's *emphasis* is its own).
    .flatMap((text) => [text, text.replaceAll("**", "")]);
  const written = (words: string) => research.some((text) => text.includes(words));
  const { evidence } = await loadCatalogue(catalogueDir);
  const problems: string[] = [];
  for (const e of evidence.values()) {
    e.passages.forEach((p, i) => {
      if (!written(p.text)) problems.push(`${e.id}: passage ${i + 1} is not in the research files byte for byte: "${p.text.slice(0, 80)}"`);
    });
    for (const field of ["title", "publisher"] as const) {
      const value = e[field];
      if (value !== null && !written(value)) problems.push(`${e.id}: ${field} "${value}" is not written in the research files`);
    }
  }
  return problems;
}
