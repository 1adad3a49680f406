import "server-only";
import { db } from "./db";
import { textFormSchema, type AgreementRef, type TextForm } from "@/lib/domain/schema";
import { memoByVersion } from "./memo";

/** A catalogue text quoting a source, with where it stands. */
export type QuotingText = {
  agreement: AgreementRef;
  clauseLabel: string;
  readout: string | null;
  provision: { key: string; label: string } | null;
  language: string;
  text: string;
  form: TextForm;
  isTranslation: boolean;
  pinpoint: string | null;
};

/** What was seen of one source in a dataset version, its passages, and what in the catalogue cites it. */
export type EvidenceDetail = {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  copied: string | null;
  note: string | null;
  passages: { language: string; text: string }[];
  texts: QuotingText[];
  /** Other entries citing it (events, scope readings, corrections, judgements), per agreement. */
  alsoCited: { agreement: AgreementRef; uses: string[] }[];
};

/** What was seen of a source, as the page and the data package show it. */
const seenSelect = {
  key: true,
  url: true,
  title: true,
  publisher: true,
  date: true,
  copied: true,
  note: true,
  passages: { orderBy: { position: "asc" }, select: { position: true, language: true, text: true } },
} as const;

/** Every source's evidence in a dataset version, by id: the data package's evidence and passages tables. */
export function listEvidence(versionId: string) {
  return db.evidenceSource.findMany({ where: { versionId }, orderBy: { key: "asc" }, select: seenSelect });
}

/** The evidence ids of one dataset version, for the proxy's 404s. */
export function evidenceIndex(versionId: string): Promise<Set<string>> {
  return memoByVersion(versionId, "evidence-index", async () => {
    const rows = await db.evidenceSource.findMany({ where: { versionId }, select: { key: true } });
    return new Set(rows.map((r) => r.key));
  });
}

export function getEvidence(versionId: string, id: string): Promise<EvidenceDetail | null> {
  return memoByVersion(versionId, `evidence:${id}`, () => queryEvidence(versionId, id));
}

async function queryEvidence(versionId: string, id: string): Promise<EvidenceDetail | null> {
  const row = await db.evidenceSource.findUnique({
    where: { versionId_key: { versionId, key: id } },
    select: {
      ...seenSelect,
      sources: {
        orderBy: { agreement: { sortOrder: "asc" } },
        select: {
          agreement: { select: { slug: true, shortTitle: true } },
          citations: {
            orderBy: { pk: "asc" },
            select: {
              pinpoint: true,
              clauseText: {
                select: {
                  language: true,
                  text: true,
                  form: true,
                  isTranslation: true,
                  clause: { select: { label: true, readout: { select: { title: true } }, provision: { select: { key: true, label: true } } } },
                },
              },
              event: { select: { title: true } },
              reading: { select: { category: { select: { label: true } } } },
              correction: { select: { claim: true } },
              judgement: { select: { field: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const texts: QuotingText[] = [];
  const alsoCited: EvidenceDetail["alsoCited"] = [];
  for (const source of row.sources) {
    const uses: string[] = [];
    for (const c of source.citations) {
      const t = c.clauseText;
      if (t) {
        texts.push({
          agreement: source.agreement,
          clauseLabel: t.clause.label,
          readout: t.clause.readout?.title ?? null,
          provision: t.clause.provision,
          language: t.language,
          text: t.text,
          form: textFormSchema.parse(t.form),
          isTranslation: t.isTranslation,
          pinpoint: c.pinpoint,
        });
      } else if (c.event) uses.push(`event: ${c.event.title}`);
      else if (c.reading) uses.push(`scope reading: ${c.reading.category.label}`);
      else if (c.correction) uses.push(`correction of “${c.correction.claim}”`);
      else if (c.judgement) uses.push(c.judgement.field === "status" ? "status" : "legal character");
    }
    if (uses.length) alsoCited.push({ agreement: source.agreement, uses: [...new Set(uses)] });
  }
  const { key, url, title, publisher, date, copied, note, passages } = row;
  return { id: key, url, title, publisher, date, copied, note, passages: passages.map(({ language, text }) => ({ language, text })), texts, alsoCited };
}
