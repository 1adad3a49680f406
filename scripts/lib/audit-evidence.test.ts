import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, files } from "@/test/catalogue-fixtures";
import { auditEvidence } from "./audit-evidence";

async function catalogueDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "audit-catalogue-"));
  for (const f of files(agreement())) {
    await mkdir(path.dirname(path.join(dir, f.name)), { recursive: true });
    await writeFile(path.join(dir, f.name), f.text);
  }
  return dir;
}

describe("auditEvidence", () => {
  it("passes when every passage and every title seen is written in the research files, and names what is not", async () => {
    const catalogue = await catalogueDir();
    const research = await mkdtemp(path.join(tmpdir(), "audit-research-"));
    await writeFile(
      path.join(research, "notes.md"),
      'Title "Fact sheet". > "The two sides agree. Neither government will conduct. They will meet."',
    );
    expect(await auditEvidence(catalogue, research)).toEqual([]);
    await writeFile(path.join(research, "notes.md"), 'Title "Fact sheet". > "The two sides agree. Neither government will conduct."');
    expect(await auditEvidence(catalogue, research)).toEqual([
      'example-fact-sheet: passage 1 is not in the research files byte for byte: "The two sides agree. Neither government will conduct. They will meet."',
    ]);
  });

  it("reads a research file's own bold as emphasis, not as the source's words", async () => {
    const catalogue = await catalogueDir();
    const research = await mkdtemp(path.join(tmpdir(), "audit-research-"));
    await writeFile(
      path.join(research, "notes.md"),
      'Title "Fact sheet". > "The two sides agree. Neither government will conduct**.** They will meet."',
    );
    expect(await auditEvidence(catalogue, research)).toEqual([]);
  });
});
