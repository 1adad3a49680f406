// The evidence archive as two tables of the data package: what was seen of each source (its address, and
// its title, publisher and date as shown, empty where not seen) and the passages quoted from it, byte for
// byte. sources.csv points each agreement's source at its row here.
import "server-only";
import { listEvidence } from "../data/sources";
import { seen, titleAsSeen } from "./columns";
import { ordinal } from "./ids";
import { defineTable, opt, PARTIAL_DATE, req, type Table } from "./table-schema";

export async function evidenceTables(versionId: string): Promise<Table[]> {
  const sources = await listEvidence(versionId);
  const evidence = defineTable(sources, "evidence", "Evidence: sources as seen", {
    description: "What was seen of each source the catalogue cites: its address, and its title, publisher and date as shown.",
    columns: [
      req("id", "Evidence id, as in /sources/{id}.", (s) => s.key, { unique: true }),
      opt("url", "Address as seen; empty for a source that is not on the web.", (s) => s.url),
      ...titleAsSeen(),
      opt("date", seen("Date of publication (ISO 8601, to the precision shown)"), (s) => s.date, { pattern: PARTIAL_DATE }),
      opt("copied", "When the copy seen was made, where recorded.", (s) => s.copied, { pattern: PARTIAL_DATE }),
      opt("note", "What the copy is (a mirror, a syndicated copy, an excerpt that stops early).", (s) => s.note),
    ],
  });
  const quoted = sources.flatMap((s) => s.passages.map((p) => ({ ...p, evidenceId: s.key, position: ordinal(p.position) })));
  const passages = defineTable(quoted, "passages", "Evidence: passages", {
    description: "The passages quoted from each source, byte for byte; every text marked verbatim or truncated stands in one of them.",
    columns: [
      req("id", "evidence id / position.", (p) => `${p.evidenceId}/${p.position}`, { unique: true }),
      req("evidence_id", "The source it was seen in.", (p) => p.evidenceId, { references: "evidence.id" }),
      req("position", "Order within the source's passages, from 1.", (p) => p.position, { type: "integer" }),
      req("language", "BCP 47 language tag.", (p) => p.language),
      req("text", "The passage, byte for byte as seen.", (p) => p.text),
    ],
  });
  return [evidence, passages];
}
