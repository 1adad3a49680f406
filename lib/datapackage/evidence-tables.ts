// The evidence archive as two tables of the data package: what was seen of each source (its address, and
// its title, publisher and date as shown, empty where not seen) and the passages quoted from it, byte for
// byte. sources.csv points each agreement's source at its row here.
import "server-only";
import { listEvidence } from "../data/sources";
import { fk, opt, PARTIAL_DATE, req, schema, type Table } from "./table-schema";

export async function evidenceTables(versionId: string): Promise<Table[]> {
  const sources = await listEvidence(versionId);
  const seen = (what: string) => `${what} as the source shows it; empty: not seen.`;
  return [
    {
      name: "evidence",
      title: "Evidence: sources as seen",
      description: "What was seen of each source the catalogue cites: its address, and its title, publisher and date as shown.",
      schema: schema(
        [
          req("id", "Evidence id, as in /sources/{id}.", "string", { unique: true }),
          opt("url", "Address as seen; empty for a source that is not on the web."),
          opt("title", seen("Title")),
          opt("publisher", seen("Publisher")),
          opt("date", seen("Date of publication (ISO 8601, to the precision shown)"), "string", { pattern: PARTIAL_DATE }),
          opt("copied", "When the copy seen was made, where recorded.", "string", { pattern: PARTIAL_DATE }),
          opt("note", "What the copy is (a mirror, a syndicated copy, an excerpt that stops early)."),
        ],
        "id",
      ),
      rows: sources.map((s) => ({
        id: s.key,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        date: s.date,
        copied: s.copied,
        note: s.note,
      })),
    },
    {
      name: "passages",
      title: "Evidence: passages",
      description: "The passages quoted from each source, byte for byte; every text marked verbatim or truncated stands in one of them.",
      schema: schema(
        [
          req("id", "evidence id / position.", "string", { unique: true }),
          req("evidence_id", "The source it was seen in."),
          req("position", "Order within the source's passages, from 1.", "integer"),
          req("language", "BCP 47 language tag."),
          req("text", "The passage, byte for byte as seen."),
        ],
        "id",
        [fk("evidence_id", "evidence", "id")],
      ),
      rows: sources.flatMap((s) =>
        s.passages.map((p) => ({
          id: `${s.key}/${p.position + 1}`,
          evidence_id: s.key,
          position: p.position + 1,
          language: p.language,
          text: p.text,
        })),
      ),
    },
  ];
}
