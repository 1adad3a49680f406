// Provenance travels with the text. A curator adds two documents — one whose IP-theft clause is known only
// as an unofficial English translation of a German original, one whose wording is UNCONFIRMED — and each is
// compared with US–China 2015 (the base). Their marks must reach the non-base column, the embed, the CSV, the
// JSON, the headline and the preview image (read back by OCR). Runs alone, after the versions spec (config).
import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createWorker } from "tesseract.js";
import { importCatalogue, within } from "./live-import";

const DIR = "e2e/.tmp/catalogue-provenance";
const TRANSLATED = "e2e-translated-2026";
const UNCONFIRMED = "e2e-unconfirmed-2026";
const TRANSLATOR = "Pactdiff (unofficial)";
const TRANSLATION_MARK = `English translation by ${TRANSLATOR}`;
const GERMAN =
  "Beide Seiten sind sich einig, dass keine Regierung den Diebstahl geistigen Eigentums mit Hilfe des Internets durchführt oder wissentlich unterstützt.";
const ENGLISH =
  "Both sides agree that neither government will conduct or knowingly support the theft of intellectual property with the help of the internet.";
// A test source's wording of the IP-theft pledge (US–China 2015's, with "would" for "will"), and a copy of it
// that leaves words out in the middle: compared with US–China 2015, one word differs and a gap is left.
const WHOLE =
  "The United States and China agree that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages to companies or commercial sectors.";
const CUT = "e2e-cut-2026";
const CUT_TEXT =
  "The United States and China agree that neither country's government would conduct or knowingly support cyber-enabled theft of intellectual property … with the intent of providing competitive advantages to companies or commercial sectors.";

/** A test document built the way the curator's guide says (these are fixtures, not catalogue content). */
function document(slug: string, shortTitle: string, texts: object[]): string {
  return JSON.stringify({
    slug,
    title: `${shortTitle} (test document)`,
    shortTitle,
    parties: ["DEU", "CHN"],
    form: "joint-statement",
    date: "2026-01-15",
    summary: "A test document for the provenance end-to-end test.",
    sources: { official: { evidence: "e2e-test-source", kind: "primary" } },
    clauses: [{ label: "Para. 1", provision: "ip-theft", texts }],
  });
}

function catalogueWithTestDocuments(): void {
  rmSync(DIR, { recursive: true, force: true });
  cpSync("prisma/catalogue", DIR, { recursive: true });
  // JSON is YAML: the importer reads these as it reads the curated files.
  const seen = { language: "en", seen: "a test fixture" };
  writeFileSync(
    `${DIR}/evidence/e2e-test.yaml`,
    JSON.stringify({
      sources: {
        "e2e-test-source": {
          url: "https://example.org/test",
          title: "Test source",
          publisher: "Test publisher",
          date: null,
          copied: null,
          seen: "a test fixture",
          passages: [
            { ...seen, language: "de", text: GERMAN },
            { ...seen, text: ENGLISH },
            { ...seen, text: WHOLE },
          ],
        },
      },
    }),
  );
  writeFileSync(
    `${DIR}/agreements/${TRANSLATED}.yaml`,
    document(TRANSLATED, "Translated 2026", [
      { language: "de", form: "verbatim", confidence: "high", text: GERMAN, cite: ["official"] },
      {
        language: "en",
        form: "verbatim",
        isTranslation: true,
        translatedBy: TRANSLATOR,
        confidence: "medium",
        text: ENGLISH,
        cite: ["official"],
      },
    ]),
  );
  writeFileSync(
    `${DIR}/agreements/${UNCONFIRMED}.yaml`,
    document(UNCONFIRMED, "Unconfirmed 2026", [
      { language: "en", form: "verbatim", confidence: "unconfirmed", text: ENGLISH, cite: ["official"] },
    ]),
  );
  writeFileSync(
    `${DIR}/agreements/${CUT}.yaml`,
    document(CUT, "Cut 2026", [{ language: "en", form: "truncated", confidence: "high", text: CUT_TEXT, cite: ["official"] }]),
  );
}

async function ocr(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const worker = await createWorker("eng", 1, {
    langPath: path.join(process.cwd(), "node_modules/@tesseract.js-data/eng/4.0.0_best_int"),
    cacheMethod: "none",
    gzip: true,
  });
  try {
    return (await worker.recognize(await response.body())).data.text.replace(/\s+/g, " ");
  } finally {
    await worker.terminate();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  catalogueWithTestDocuments();
  importCatalogue(DIR);
  await within(10, async () => (await request.get(`/api/v1/agreements/${UNCONFIRMED}`)).status() === 200);
});

test.afterAll(() => {
  importCatalogue("prisma/catalogue");
  rmSync(DIR, { recursive: true, force: true });
});

const cases = [
  { slug: TRANSLATED, cellMark: TRANSLATION_MARK, caveat: `an ${TRANSLATION_MARK}, not the original`, ocrWord: /translation/i },
  { slug: UNCONFIRMED, cellMark: "UNCONFIRMED", caveat: "an UNCONFIRMED wording", ocrWord: /UNCONFIRMED/ },
];

for (const c of cases) {
  test(`${c.slug}: the mark is in the non-base column and the headline`, async ({ page }) => {
    await page.goto(`/compare/us-china-2015/${c.slug}`);
    const cell = page.locator("tr#ip-theft > td").nth(1);
    await expect(cell).toContainText(c.cellMark);
    await expect(cell.getByRole("note")).toHaveText(`This comparison rests on ${c.caveat}.`);
    await expect(page.locator("section[aria-labelledby=summary-heading] p").first()).toContainText(`(compared on ${c.caveat})`);
    if (c.slug === TRANSLATED) {
      // The original beside the diffed translation, with its own marks.
      await expect(cell.locator("blockquote[lang=de]")).toHaveText(GERMAN);
      await expect(cell).toContainText("German original");
    }
  });

  test(`${c.slug}: the mark is in the embed`, async ({ request }) => {
    const html = await (await request.get(`/embed/compare/us-china-2015/${c.slug}?rows=ip-theft`)).text();
    expect(html).toContain(c.cellMark);
    expect(html).toContain(`This comparison rests on ${c.caveat}.`);
    if (c.slug === TRANSLATED) expect(html).toContain(GERMAN);
  });

  test(`${c.slug}: the mark is in the CSV and the JSON`, async ({ request }) => {
    const csv = await (await request.get(`/api/v1/compare/us-china-2015/${c.slug}?format=csv`)).text();
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const row = rows.find((r) => r.agreement_slug === c.slug && r.provision_key === "ip-theft");
    expect(row?.caveats).toContain(c.caveat);
    expect(row?.provenance).toContain(c.cellMark);
    if (c.slug === TRANSLATED) {
      expect(row).toMatchObject({ is_translation: "true", translated_by: TRANSLATOR, clause_text: ENGLISH });
      expect(row?.original_text).toBe(`[de] ${GERMAN}`);
    } else {
      expect(row?.confidence).toBe("unconfirmed");
    }
    const json = await (await request.get(`/api/v1/compare/us-china-2015/${c.slug}`)).json();
    expect(json.summary.headlineCaveats).toContain(c.caveat);
    const ip = json.rows.find((r: { provision: { key: string } }) => r.provision.key === "ip-theft");
    expect(ip.cells[1].caveats).toContain(c.caveat);
    expect(ip.cells[1].compared_texts.own[0].provenance).toContain(c.cellMark);
  });

  test(`${c.slug}: the mark is on the preview image`, async ({ request, page }) => {
    await page.goto(`/compare/us-china-2015/${c.slug}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute("content")).toContain(c.caveat);
    const text = await ocr(request, new URL(image ?? "").pathname + new URL(image ?? "").search);
    expect(text).toContain("Note: the figure rests on");
    expect(text).toMatch(c.ocrWord);
  });
}

test("a copy that leaves words out in the middle: a gap, never deleted words; only the compared part counted", async ({
  page,
  request,
}) => {
  await page.goto(`/compare/us-china-2015/${CUT}`);
  const row = page.locator("tr#ip-theft");
  const cell = row.locator("td").nth(1);
  // The one word that differs is marked; the words the copy leaves out are its gap, not deleted.
  await expect(cell.locator("del")).toHaveText(["[deleted: will]"]);
  await expect(cell.locator("ins")).toHaveText(["[inserted: would]"]);
  await expect(cell).toContainText("[…]");
  await expect(cell).toContainText(
    "(left out of the truncated copy: , including trade secrets or other confidential business information,)",
  );
  // Only the compared words count: one word of about thirty changed, not the eleven left out.
  await expect(row.getByRole("rowheader")).toContainText(/Reworded · 9\d% similar/);
  const headline = page.locator("section[aria-labelledby=summary-heading] p").first();
  await expect(headline).toContainText("(compared on a truncated copy): “will” → “would”");
  await expect(headline).not.toContainText("trade secrets");
  const csv = await (await request.get(`/api/v1/compare/us-china-2015/${CUT}?format=csv`)).text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  const ip = rows.find((r) => r.agreement_slug === CUT && r.provision_key === "ip-theft");
  expect(ip?.words_deleted).toBe("will");
  expect(Number(ip?.similarity)).toBeGreaterThan(0.9);
});
