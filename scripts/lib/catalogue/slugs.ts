// The slugs of a catalogue, across files: each agreement's slug is its file's name and used once; former slugs
// (a renamed agreement's old links answer 301) and withdrawn slugs (a removed agreement's answer 410) are
// neither in use nor listed twice; an event about other agreements names slugs the catalogue has.
import type { Located } from "./evidence";
import type { CatalogueIssue } from "./load";
import type { AgreementFile, Vocabulary } from "./schema";

type Path = (string | number)[];
const at = <T>(f: Located<T>, path: Path, message: string): CatalogueIssue => ({
  file: f.file,
  path: path.join("."),
  line: f.lineAt(path),
  message,
});

export function checkSlugs(agreements: Located<AgreementFile>[], vocabulary: Located<Vocabulary>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const current = new Map<string, string>();
  for (const a of agreements) {
    const { slug } = a.data;
    const expected = a.file.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    const other = current.get(slug);
    if (other) issues.push(at(a, ["slug"], `duplicate slug "${slug}", also used by ${other}`));
    else if (slug !== expected) {
      const message = `slug "${slug}" must match the file name "${expected}" (a copied file keeps the old slug and header comment: change both)`;
      issues.push(at(a, ["slug"], message));
    }
    if (!other) current.set(slug, a.file);
  }
  const former = new Map<string, string>();
  for (const a of agreements) {
    a.data.formerSlugs.forEach((slug, i) => {
      const inUse = current.get(slug);
      const listed = former.get(slug);
      if (inUse && slug !== a.data.slug)
        issues.push(at(a, ["formerSlugs", i], `"${slug}" is the slug of ${inUse}: a former slug cannot be in use`));
      else if (listed && listed !== a.file) {
        issues.push(
          at(a, ["formerSlugs", i], `"${slug}" is already a former slug of ${listed}: its old links can lead to one agreement only`),
        );
      }
      if (!listed) former.set(slug, a.file);
    });
  }
  const withdrawn = new Set<string>();
  vocabulary.data.withdrawn.forEach(({ slug }, i) => {
    const path = ["withdrawn", i, "slug"];
    const inUse = current.get(slug);
    if (inUse) issues.push(at(vocabulary, path, `"${slug}" is the slug of ${inUse}: withdraw an agreement only once its file is removed`));
    else if (former.has(slug)) {
      issues.push(
        at(vocabulary, path, `"${slug}" is a former slug of ${former.get(slug)}: its old links lead there, so it cannot be withdrawn`),
      );
    } else if (withdrawn.has(slug)) issues.push(at(vocabulary, path, `"${slug}" is listed twice`));
    withdrawn.add(slug);
  });
  for (const a of agreements) {
    a.data.events.forEach((e, i) =>
      e.alsoConcerns?.forEach((slug, j) => {
        if (!current.has(slug))
          issues.push(at(a, ["events", i, "alsoConcerns", j], `no agreement in the catalogue has the slug "${slug}"`));
      }),
    );
  }
  return issues;
}
