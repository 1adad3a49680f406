// The BibTeX of a citation. citation-js maps the CSL item to BibTeX fields and escapes their text for TeX; this
// module writes the entry from them with what citation-js's own writer leaves out or gets wrong for a dataset:
// - the key is the cited thing's own (./keys.ts), not citation-js's author-year-word label, which gave AUKMIN
//   2017 and AUKMIN 2018 the same key;
// - the month is a BibTeX month macro (dec), not "dec 7", which no style reads;
// - howpublished = {\url{…}} so that classic styles (plain, abbrv), which know no url field, print the address;
//   url, urldate and version for biblatex; the note keeps version and access date for classic styles too;
// - the title is braced whole, so that no style changes its case ("US–China" would print "Us–China").
import { Cite } from "@citation-js/core";
import type { CslItem } from "./cite";

/** An entry as citation-js maps it, before it is written out: fields already escaped for TeX. */
type MappedEntry = { type: string; label: string; properties: Record<string, string | undefined> };

declare module "@citation-js/core" {
  interface Cite {
    format(format: "bibtex", options: { format: "object" }): MappedEntry[];
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** A field's value: braced text, or a bare macro (the month). */
type Value = { text: string } | { macro: string };

function isoDate([y, m, d]: [number, number, number]): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The address as BibTeX can hold it: a brace or backslash (never in a real URL's path) is percent-encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * A title braced whole, so that styles keep its case. A group that opens with a command ({\…}) is what BibTeX
 * takes for one accented letter and changes the case inside, so such a title starts with an empty group.
 */
function braced(title: string): string {
  return title.startsWith("\\") ? `{{}${title}}` : `{${title}}`;
}

function fieldsOf(item: CslItem): [string, Value | null][] {
  const [mapped] = new Cite([item]).format("bibtex", { format: "object" });
  const p = mapped?.properties ?? {};
  const text = (value: string | undefined): Value | null => (value ? { text: value } : null);
  const [issued] = item.issued["date-parts"];
  const [accessed] = item.accessed["date-parts"];
  const month = MONTHS[issued[1] - 1];
  const url = bibUrl(item.URL);
  return [
    ["author", text(p.author)],
    ["title", text(p.title && braced(p.title))],
    ["howpublished", text(`\\url{${url}}`)],
    ["year", text(String(issued[0]))],
    ["month", month ? { macro: month } : null],
    ["version", text(item.version)],
    ["publisher", text(p.publisher)],
    ["url", text(url)],
    ["urldate", text(isoDate(accessed))],
    ["note", text(p.note)],
  ];
}

/** One BibTeX entry (@misc, which every style knows) for the item, filed under its citation key. */
export function bibtexEntry(item: CslItem): string {
  const lines = fieldsOf(item).flatMap(([name, value]) => {
    if (!value) return [];
    return [`\t${name} = ${"macro" in value ? value.macro : `{${value.text}}`},`];
  });
  return `@misc{${item["citation-key"]},\n${lines.join("\n")}\n}\n`;
}
