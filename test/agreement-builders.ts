// Minimal AgreementDetail objects for the pure comparison logic's tests.
import type { AgreementDetail, Clause, ScopeReading, AgreementEvent } from "@/lib/domain/schema";

export function clause(
  provision: string,
  text: string,
  opts: { language?: string; form?: "verbatim" | "truncated" | "paraphrase"; also?: { language: string; text: string }[] } = {},
): Clause {
  const text0 = (language: string, words: string, form: "verbatim" | "truncated" | "paraphrase") => ({
    language,
    text: words,
    form,
    isTranslation: false,
    translatedBy: null,
    confidence: "high" as const,
    note: null,
    citations: [],
  });
  return {
    label: provision,
    note: null,
    provision: { key: provision, label: provision },
    number: null,
    heading: null,
    divisions: [],
    anchor: null,
    reuse: [],
    texts: [
      text0(opts.language ?? "en", text, opts.form ?? "verbatim"),
      ...(opts.also ?? []).map((t) => text0(t.language, t.text, "verbatim")),
    ],
  };
}

export function reading(category: string, position: ScopeReading["position"], basis: ScopeReading["basis"] = "text") {
  return { category, reading: { position, basis, confidence: "high", note: "", citations: [] } satisfies ScopeReading };
}

export function event(date: string, kind: AgreementEvent["kind"] = "agreed"): AgreementEvent {
  const precision = date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
  return {
    kind,
    date,
    datePrecision: precision,
    title: kind,
    description: null,
    assessor: null,
    finding: null,
    confidence: "high",
    citations: [],
    alsoConcerns: [],
    sharedFrom: null,
  };
}

export function agreement(
  slug: string,
  date: string,
  clauses: Clause[],
  scope: ReturnType<typeof reading>[] = [],
  events: AgreementEvent[] = [],
): AgreementDetail {
  const grouped = new Map<string, ScopeReading[]>();
  for (const s of scope) grouped.set(s.category, [...(grouped.get(s.category) ?? []), s.reading]);
  return {
    slug,
    title: slug,
    shortTitle: slug.toUpperCase(),
    parties: [],
    form: "fact-sheet",
    legalCharacter: "political-commitment",
    status: "active",
    date,
    datePrecision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
    year: Number(date.slice(0, 4)),
    summary: "",
    provisionKeys: [],
    coveredScope: [],
    forum: null,
    statusNote: null,
    supersededBy: null,
    extent: null,
    clauses,
    alignments: [],
    judgements: { legalCharacter: null, status: null },
    readouts: [],
    scope: [...grouped].map(([key, readings]) => ({ category: { key, label: key }, readings })),
    events,
    corrections: [],
  };
}

export const provisions = ["context", "ip-theft", "timely-responses", "hotline", "norms"].map((key) => ({
  key,
  label: key,
  description: "",
  featuredAs: key === "ip-theft" ? "IP-theft pledge" : null,
}));
export const categories = ["economic-espionage", "intelligence-gathering", "norms"].map((key) => ({ key, label: key, description: "" }));
