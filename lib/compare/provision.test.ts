import { describe, expect, it } from "vitest";
import { clause } from "@/test/agreement-builders";
import type { Form } from "@/lib/domain/codes";
import {
  buildProvisionView,
  changesOf,
  lineageOf,
  provisionRows,
  similarityMatrix,
  wordingsOf,
  PROVISION_PAGE_SIZE,
  type ProvisionEntry,
} from "./provision";
import { provisionTable } from "./provision-export";

const US =
  "The United States and China agree that neither country's government will conduct or knowingly support cyber-enabled theft of intellectual property with the intent of providing competitive advantages to companies or commercial sectors.";
const UK =
  "The UK and China agree not to conduct or support cyber-enabled theft of intellectual property with the intent of providing competitive advantage.";
const G20 =
  "In support of that objective, we affirm that no country should conduct or support ICT-enabled theft of intellectual property with the intent of providing competitive advantages to companies or commercial sectors.";
const CA =
  "The two sides agreed that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property with the intent of providing competitive advantages to companies or commercial sectors.";

function entry(
  slug: string,
  date: string,
  text: string,
  opts: { language?: string; parties?: string[]; form?: Form } = {},
): ProvisionEntry {
  return {
    agreement: {
      slug,
      title: slug,
      shortTitle: slug.toUpperCase(),
      date,
      datePrecision: date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
      year: Number(date.slice(0, 4)),
      form: opts.form ?? "joint-statement",
      parties: (opts.parties ?? ["USA"]).map((code) => ({ code, name: code })),
    },
    clauses: [clause("ip-theft", text, { language: opts.language ?? "en" })],
  };
}

const entries = [
  entry("us", "2015-09-25", US, { parties: ["USA", "CHN"] }),
  entry("uk", "2015-10-22", UK, { parties: ["GBR", "CHN"] }),
  entry("g20", "2015-11-16", G20, { parties: ["G20"], form: "communique" }),
  entry("ca", "2017-06-22", CA, { parties: ["CAN", "CHN"] }),
];

describe("lineage", () => {
  it("links each wording to the earlier one it shares most words with", () => {
    const lineage = lineageOf(wordingsOf(entries));
    expect(lineage[0]).toEqual({ parent: null, likeness: null });
    expect(lineage[1]?.parent).toBe(0);
    // Canada–China copies US–China almost word for word, not the later G20 text.
    expect(lineage[3]?.parent).toBe(0);
    expect(lineage[3]?.likeness).toBeGreaterThan(0.8);
  });

  it("never takes a same-day, vaguer-dated or other-language text as a model", () => {
    const w = wordingsOf([
      entry("a", "2015", US),
      entry("b", "2015-09-25", US),
      entry("c", "2015-09-25", CA),
      entry("zh", "2016-01-01", "中美双方同意不得从事网络窃取知识产权", { language: "zh" }),
    ]);
    const lineage = lineageOf(w);
    expect(lineage[1]?.parent).toBeNull(); // "2015" is not before 25 September 2015
    expect(lineage[2]?.parent).toBeNull(); // the same day
    expect(lineage[3]?.parent).toBeNull(); // no earlier Chinese text
  });
});

describe("rows", () => {
  const wordings = wordingsOf(entries);
  const lineage = lineageOf(wordings);
  const all = wordings.map((_, i) => i);

  it("diffs every wording against the reference and says what changed from its model", () => {
    const rows = provisionRows(wordings, lineage, all, { from: 0, to: 4 }, 0, "reference");
    expect(rows[0]?.isReference).toBe(true);
    expect(rows[0]?.step.diff).toBeNull();
    const uk = rows[1];
    expect(uk?.step.against?.slug).toBe("us");
    const deleted = uk?.step.diff?.ok ? uk.step.diff.parts.filter((p) => p.kind === "delete").map((p) => p.text.trim()) : [];
    expect(deleted).toContain("knowingly");
    expect(changesOf(uk?.model?.diff ?? null).dropped).toContain("knowingly");
  });

  it("diffs against the wording shown before it in 'previous' mode, within the filtered list", () => {
    const rows = provisionRows(wordings, lineage, [0, 2, 3], { from: 0, to: 3 }, 0, "previous");
    expect(rows.map((r) => r.step.against?.slug ?? null)).toEqual([null, "us", "g20"]);
  });

  it("a matrix is symmetric, 100% on the diagonal, and only of the page", () => {
    const m = similarityMatrix(wordings, [0, 1, 3]);
    expect(m.slugs).toEqual(["us", "uk", "ca"]);
    expect(m.cells[1]?.[1]?.similarity).toBe(1);
    expect(m.cells[0]?.[2]?.similarity).toBe(m.cells[2]?.[0]?.similarity);
    expect(m.cells[0]?.[2]?.similarity).toBeGreaterThan(0.8);
  });

  it("changesOf leaves out punctuation-only runs", () => {
    expect(
      changesOf({
        ok: true,
        identical: false,
        similarity: 0.5,
        parts: [
          { kind: "delete", text: ", " },
          { kind: "insert", text: "word" },
        ],
      }),
    ).toEqual({ dropped: [], added: ["word"] });
  });
});

describe("the view of a state", () => {
  const catalogue = {
    provision: { key: "ip-theft", label: "IP theft", description: "" },
    wordings: wordingsOf(entries),
    lineage: lineageOf(wordingsOf(entries)),
  };

  it("filters by party, year and form, and drops what it does not know", () => {
    expect(buildProvisionView(catalogue, { against: "reference", page: 1, party: "CHN" }).rows.map((r) => r.agreement.slug)).toEqual([
      "us",
      "uk",
      "ca",
    ]);
    expect(buildProvisionView(catalogue, { against: "reference", page: 1, form: "communique" }).rows.map((r) => r.agreement.slug)).toEqual([
      "g20",
    ]);
    const junk = buildProvisionView(catalogue, { against: "reference", page: 9, party: "ZZZ", year: 1999, ref: "nope" });
    expect(junk.understood).toEqual({ against: "reference", page: 1 });
    expect(junk.matching).toBe(4);
    expect(junk.reference?.slug).toBe("us");
  });

  it("takes any agreement as the reference", () => {
    const view = buildProvisionView(catalogue, { against: "reference", page: 1, ref: "uk" });
    expect(view.reference?.slug).toBe("uk");
    expect(view.rows.find((r) => r.agreement.slug === "us")?.step.against?.slug).toBe("uk");
  });

  it("pages long lists, and the matrix stays the page's size", () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      entry(`a${i}`, `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`, i % 2 ? US : CA),
    );
    const big = { provision: catalogue.provision, wordings: wordingsOf(many), lineage: lineageOf(wordingsOf(many)) };
    const page3 = buildProvisionView(big, { against: "reference", page: 3 });
    expect(page3.pages).toBe(3);
    expect(page3.rows).toHaveLength(45 - 2 * PROVISION_PAGE_SIZE);
    expect(page3.offset).toBe(2 * PROVISION_PAGE_SIZE);
    expect(page3.matrix.cells).toHaveLength(5);
    expect(buildProvisionView(big, { against: "reference", page: 1 }).matrix.cells).toHaveLength(PROVISION_PAGE_SIZE);
  });
});

describe("lineage weighs the evidence", () => {
  it("prefers a firm earlier text to a low-confidence quotation a little closer, and labels a weak model", () => {
    const weak = entry("blog", "2015-10-01", CA);
    weak.clauses[0]!.texts[0]!.confidence = "low";
    const later = entry("later", "2018-01-01", CA);
    const wordings = wordingsOf([entries[0]!, weak, later]);
    // The blog's copy is word for word the later text; US–China 2015 is close, and firm: it is the model.
    expect(lineageOf(wordings)[2]?.parent).toBe(0);
    // With no firm text near it, the weak one is still the model, and every view says what it rests on.
    const alone = wordingsOf([weak, later]);
    const lineage = lineageOf(alone);
    expect(lineage[1]?.parent).toBe(0);
    const view = buildProvisionView(
      { provision: { key: "ip-theft", label: "IP theft", description: "" }, wordings: alone, lineage },
      { against: "reference", page: 1 },
    );
    expect(view.rows[1]?.model?.caveats.map((c) => c.code)).toEqual(["low"]);
  });
});

describe("the provision's open data", () => {
  it("keeps a paraphrase's text, marks and caveat in its row, though it is never compared", () => {
    const paraphrased: ProvisionEntry = {
      ...entry("ru", "2016-05-01", "Both sides will not steal."),
      clauses: [clause("ip-theft", "Both sides will not steal.", { form: "paraphrase" })],
    };
    const all = [...entries, paraphrased];
    const view = buildProvisionView(
      {
        provision: { key: "ip-theft", label: "IP theft", description: "" },
        wordings: wordingsOf(all),
        lineage: lineageOf(wordingsOf(all)),
      },
      { against: "reference", page: 1 },
    );
    const row = provisionTable(view, "0123456789ab", "https://example.org/x").find((r) => r.agreement_slug === "ru");
    expect(row?.text).toBe("Both sides will not steal.");
    expect(row?.provenance).toContain("Paraphrase only");
    expect(row?.caveats).toContain("paraphrase");
    expect(row?.similarity).toBe("");
  });
});
