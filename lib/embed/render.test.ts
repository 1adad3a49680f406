// The embed is HTML written by hand (no React): everything that comes from the catalogue is escaped.
import { describe, expect, it } from "vitest";
import { agreement, categories, clause, event, provisions, reading } from "@/test/agreement-builders";
import { buildComparison } from "../compare/comparison";
import { renderEmbed } from "./render";

const HOSTILE = `<img src=x onerror="alert(1)"> & "quoted" </td></table><script>alert(2)</script>`;

function embedOf(view: "clauses" | "scope" | "dates") {
  const side = (slug: string, date: string, text: string, position: "covered" | "silent") =>
    agreement(slug, date, [clause("ip-theft", `${text} ${HOSTILE}`)], [reading("economic-espionage", position)], [event(date)]);
  const a = side("a", "2015-09-25", "Neither will steal.", "covered");
  a.shortTitle = `A <i>2015</i>`;
  a.scope[0]!.readings[0]!.note = HOSTILE;
  a.events[0]!.title = HOSTILE;
  const b = side("b", "2017-06-22", "Neither would steal.", "silent");
  b.clauses[0]!.texts[0]!.citations = [
    {
      pinpoint: null,
      source: {
        key: "s",
        evidence: null,
        title: HOSTILE,
        publisher: `Pub "&" <b>`,
        date: null,
        url: `https://example.org/?a=1&b="2"`,
        kind: "primary",
        reliability: null,
      },
    },
  ];
  const comparison = buildComparison([a, b], { provisions, categories });
  return renderEmbed(
    comparison,
    { slugs: ["a", "b"], view, diff: "words", theme: "dark", rows: [] },
    { id: "0123456789ab", isLatest: true, latestId: "0123456789ab", importedAt: "2026-11-27T00:00:00.000Z" },
    "https://pactdiff.example",
  );
}

describe("renderEmbed escapes the catalogue's text", () => {
  it.each(["clauses", "scope", "dates"] as const)("in the %s view", (view) => {
    const page = embedOf(view);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<i>2015</i>");
    expect(page).toContain("A &lt;i&gt;2015&lt;/i&gt;");
    // Exactly one script: the embed's own resize script.
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toContain('data-theme="dark"');
  });

  it("escapes texts, diffs, notes, titles and attributes alike", () => {
    const clauses = embedOf("clauses");
    expect(clauses).toContain("&lt;img src=x onerror=");
    expect(clauses).toContain("&amp;");
    expect(clauses).not.toMatch(/href="https:\/\/example\.org\/\?a=1&b="2""/);
    expect(clauses).toContain("https://example.org/?a=1&amp;b=&quot;2&quot;");
    expect(clauses).toContain("Pub &quot;&amp;&quot; &lt;b&gt;");
    expect(embedOf("scope")).toContain("&lt;/td&gt;&lt;/table&gt;");
    expect(embedOf("dates")).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });
});

describe("renderEmbed sets each text in its direction", () => {
  it("marks an Arabic wording lang=ar dir=rtl, in the diff and the original alike, and English ltr", () => {
    const side = (slug: string, date: string, text: string) => agreement(slug, date, [clause("ip-theft", text, { language: "ar" })]);
    const a = side("a", "2010-12-21", "تلتزم كل دولة طرف بتجريم الدخول");
    const b = side("b", "2024-12-24", "تلتزم كل دولة طرف بتجريم الولوج");
    const comparison = buildComparison([a, b], { provisions, categories });
    const version = { id: "0123456789ab", isLatest: true, latestId: "0123456789ab", importedAt: "2026-11-27T00:00:00.000Z" };
    const page = renderEmbed(
      comparison,
      { slugs: ["a", "b"], view: "clauses", diff: "words", theme: "light", rows: [] },
      version,
      "https://x.example",
    );
    expect(page).toContain('<q lang="ar" dir="rtl">');
    expect(page).toContain('<blockquote lang="ar" dir="rtl">');
    expect(page).not.toContain('lang="ar" dir="ltr"');
  });
});
