// The schema of an evidence file (prisma/catalogue/evidence): what was seen of each source and the passages
// quoted from it. Agreement files name these records; ./schema.ts checks them.
import { z } from "zod";
import { keySchema as key } from "@/lib/domain/schema";
import { languageSchema, MAX_PASSAGE_LENGTH, partialDateSchema } from "./fields";

/** A date as a source shows it, or null: not seen. */
const seenDate = partialDateSchema.nullable();
/** A string as a source shows it, or null: not seen. */
const seenString = z.string().trim().min(1, "write null when it was not seen, not an empty string").max(500).nullable();
const seenWhere = z.string().trim().min(1).max(200);

/**
 * One evidence file: what was seen of each source (its address; its title, publisher and date as shown, or
 * null for not seen; when the copy was made) and the passages quoted from it, byte for byte. Every key is
 * required, so that "not seen" is always said, never left out.
 */
export const evidenceFileSchema = z.strictObject({
  sources: z.record(
    key,
    z.strictObject({
      url: z
        .url({ protocol: /^https?$/, error: "must be a full http(s) address as seen, or null for a source that is not on the web" })
        .nullable(),
      title: seenString,
      publisher: seenString,
      date: seenDate,
      copied: seenDate,
      seen: seenWhere,
      note: z.string().trim().min(1).max(1000).optional(),
      passages: z.array(
        z.strictObject({
          language: languageSchema,
          seen: seenWhere,
          text: z.string().min(1).max(MAX_PASSAGE_LENGTH, `a passage is at most ${MAX_PASSAGE_LENGTH} characters`),
        }),
      ),
    }),
  ),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
