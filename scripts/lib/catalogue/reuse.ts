// The version's text reuse index, written at import (once per dataset version): every clause text that is a
// quotation (not a paraphrase) of every agreement's own text, matched against all the others in its language
// by lib/text/reuse-index.ts; the closest few of each are kept as ClauseReuse rows.
import { findReuse } from "@/lib/text/reuse-index";
import type { Tx } from "./write-rows";

export async function writeReuse(tx: Tx, versionId: string): Promise<number> {
  const texts = await tx.clauseText.findMany({
    where: { clause: { agreement: { versionId }, readoutPk: null }, form: { not: "paraphrase" } },
    select: { pk: true, clausePk: true, language: true, text: true, clause: { select: { agreementPk: true } } },
  });
  const byText = new Map(texts.map((t) => [t.pk, t]));
  const found = findReuse(texts.map((t) => ({ id: t.pk, document: String(t.clause.agreementPk), language: t.language, text: t.text })));
  const rows = found.map((r) => ({
    clausePk: byText.get(r.from)!.clausePk,
    toClausePk: byText.get(r.to)!.clausePk,
    language: byText.get(r.from)!.language,
    share: r.share,
    rank: r.rank,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.clauseReuse.createMany({ data: rows.slice(i, i + 1000) });
  return rows.length;
}
