// Every clause text the catalogue marks verbatim or truncated must appear character for character in the
// research dossier its file was built from (named in the file's header comment). A truncated text may open
// or close with "…" and join separate passages with " … "; each passage must be found as it stands.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalogueFiles, loadCatalogue } from "./load";

const CATALOGUE = path.join(process.cwd(), "prisma/catalogue");
const SOURCES = path.join(process.cwd(), "../shared/sources");

/** The passages of a stored text: "… a … b …" → ["a", "b"]. */
export function passages(text: string): string[] {
  return text
    .replace(/^…\s*/, "")
    .replace(/\s*…$/, "")
    .split(/\s+…\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

describe("passages", () => {
  it("drops the marks of a cut and splits at omissions", () => {
    expect(passages("… The two sides also agree.")).toEqual(["The two sides also agree."]);
    expect(passages("As a means … the United States committed. We will co-chair …")).toEqual([
      "As a means",
      "the United States committed. We will co-chair",
    ]);
    expect(passages("……双方同意")).toEqual(["…双方同意"]);
  });
});

describe("verbatim and truncated texts are in the dossier their file cites", async () => {
  const files = await readCatalogueFiles(CATALOGUE);
  const catalogue = await loadCatalogue(CATALOGUE);
  const dossiers = new Map<string, string>();
  const dossier = (name: string) => {
    if (!dossiers.has(name)) dossiers.set(name, readFileSync(path.join(SOURCES, name), "utf8"));
    return dossiers.get(name) ?? "";
  };

  const cases = catalogue.agreements.map((a) => {
    const file = files.find((f) => f.name === `agreements/${a.slug}.yaml`);
    const header = (file?.text ?? "")
      .split("\n")
      .filter((l) => l.startsWith("#"))
      .join("\n");
    const cited = [...header.matchAll(/\.\.\/shared\/sources\/([A-Z0-9-]+\.md)/g)].map((m) => m[1] ?? "");
    const texts = [...a.clauses, ...a.readouts.flatMap((r) => r.clauses)].flatMap((c) =>
      c.texts.filter((t) => t.form !== "paraphrase").map((t) => ({ label: c.label, text: t.text })),
    );
    return [a.slug, cited, texts] as const;
  });

  it("covers every agreement, each naming its dossier", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const [slug, cited] of cases) expect(cited, `${slug} names no ../shared/sources/*.md in its header`).not.toEqual([]);
  });

  it.each(cases)("%s", (_slug, cited, texts) => {
    const corpus = cited.map(dossier).join("\n");
    const missing = texts.flatMap(({ label, text }) =>
      passages(text)
        .filter((p) => !corpus.includes(p))
        .map((p) => `${label}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});
