// The text of a PDF, page by page, as PDF.js (Mozilla's reader, pdfjs-dist) extracts it: what a reader of the
// printed comparison can see and copy. Ligatures and wrapped lines split words into pieces, so `squeezed`
// drops every space for tests that look for a phrase or an address wherever it was wrapped.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The text without any whitespace, ligatures as letters: "https://example.org/a- b" and "O ffi cial" read as written. */
export const squeezed = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
