// A provision page's embed code: pinned to the version, sized for the reader's screen, its image linked.
import { describe, expect, it } from "vitest";
import { clause } from "@/test/agreement-builders";
import { buildProvisionView, lineageOf, wordingsOf, type ProvisionEntry } from "../compare/provision";
import { estimateProvisionEmbedHeight, provisionEmbedCode } from "./provision";

const SITE = "https://pactdiff.example";
const wording = (slug: string, date: string, text: string): ProvisionEntry => ({
  agreement: { slug, title: slug, shortTitle: slug, date, datePrecision: "day", year: 2015, form: "joint-statement", parties: [] },
  clauses: [clause("ip-theft", text)],
});
const wordings = wordingsOf([
  wording("us", "2015-09-25", "Neither government will conduct or knowingly support theft of intellectual property. ".repeat(4)),
  wording("ca", "2017-06-22", "Neither government would conduct or support theft of intellectual property. ".repeat(4)),
]);
const view = buildProvisionView(
  { provision: { key: "ip-theft", label: "IP theft", description: "" }, wordings, lineage: lineageOf(wordings) },
  { against: "reference", page: 1 },
);

describe("provisionEmbedCode", () => {
  it("frames the embed pinned to the version, tall enough on a phone, with the page's preview image linked", () => {
    const code = provisionEmbedCode(view, { key: "ip-theft", against: "previous", page: 2 }, "0123456789ab", SITE);
    expect(code).toContain(`src="${SITE}/embed/provisions/ip-theft?against=previous&amp;v=0123456789ab"`);
    expect(code).toContain(`<a href="${SITE}/provisions/ip-theft?against=previous&amp;v=0123456789ab">`);
    expect(code).toContain(`<img src="${SITE}/og/provisions/ip-theft?against=previous&amp;v=0123456789ab"`);
    const attribute = Number(/height="(\d+)"/.exec(code)?.[1]);
    expect(attribute).toBeGreaterThanOrEqual(estimateProvisionEmbedHeight(view, 327));
    expect(code).toContain("height:clamp(");
  });
});
