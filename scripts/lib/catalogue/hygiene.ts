// What the catalogue folder is made of before any YAML is read: which files are read and which are reported as
// not read (another extension, a subfolder, a hidden file), their bytes decoded as UTF-8 only (a file saved as
// Windows-1252 is refused at the line of its first bad byte), and YAML syntax errors said in a curator's words.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { YAMLError } from "yaml";
import type { CatalogueFile, CatalogueIssue } from "./load";

export const VOCABULARY_FILE = "vocabulary.yaml";
/** The folders of a catalogue: one agreement a file, and the evidence of their sources. */
const FOLDERS = ["agreements", "evidence"] as const;

export type FolderRead = { files: CatalogueFile[]; issues: CatalogueIssue[]; warnings: CatalogueIssue[] };

/** Reads `dir/vocabulary.yaml`, every `dir/agreements/*.yaml` and every `dir/evidence/*.yaml`, in name order. */
export async function readCatalogueFolder(dir: string): Promise<FolderRead> {
  const read: FolderRead = { files: [], issues: [], warnings: [] };
  const add = (name: string, bytes: Uint8Array) => {
    const decoded = decodeUtf8(name, bytes);
    if (typeof decoded === "string") read.files.push({ name, text: decoded });
    else read.issues.push(decoded);
  };
  add(VOCABULARY_FILE, await readFile(path.join(dir, VOCABULARY_FILE)));
  // Code-unit order, as the import has always read them.
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(byName)) {
    if (entry.name === VOCABULARY_FILE || (FOLDERS as readonly string[]).includes(entry.name)) continue;
    const name = entry.isDirectory() ? `${entry.name}/` : entry.name;
    read.warnings.push({ file: name, path: "", message: "not read: a catalogue is vocabulary.yaml, agreements/ and evidence/" });
  }
  for (const folder of FOLDERS) {
    for (const entry of (await readdir(path.join(dir, folder), { withFileTypes: true })).sort(byName)) {
      const name = `${folder}/${entry.name}${entry.isDirectory() ? "/" : ""}`;
      if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !entry.name.startsWith(".")) {
        add(name, await readFile(path.join(dir, folder, entry.name)));
      } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name) && !entry.name.startsWith(".")) {
        const message = `not read: catalogue files end in lower-case .yaml; rename it to ${entry.name.replace(/\.ya?ml$/i, ".yaml")}`;
        read.issues.push({ file: name, path: "", message });
      } else {
        read.warnings.push({ file: name, path: "", message: `not read: only .yaml and .yml files directly in ${folder}/ are read` });
      }
    }
  }
  return read;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The text of a file's bytes (a UTF-8 byte order mark is dropped), or the issue naming its first bad byte. */
export function decodeUtf8(name: string, bytes: Uint8Array): string | CatalogueIssue {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const column = [...utf8.decode(bytes.subarray(lineStart, at))].length + 1;
    const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      file: name,
      path: "",
      line,
      message: `not UTF-8: the byte ${byte} at column ${column} is not valid UTF-8 (the file was probably saved as ${utf16 ? "UTF-16" : "Windows-1252"}): save it as UTF-8`,
    };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or the length. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const extra =
      lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += extra + 1;
  }
  return bytes.length;
}

/** A YAML syntax error in a curator's words, by the library's error code (its own wording as a last resort). */
export function yamlSyntaxMessage(error: YAMLError): string {
  const raw = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  const said: Partial<Record<YAMLError["code"], string>> = {
    BAD_INDENT: /end with a ([\]}])/.test(raw)
      ? `a ${raw.includes("]") ? "list opened with [ is not closed with ]" : "record opened with { is not closed with }"} (or the line after it is not indented under its field)`
      : "the indentation is wrong here: indent the fields of one record, and the items of one list, by the same number of spaces",
    MISSING_CHAR: /quote/.test(raw)
      ? "a quoted text is not closed: end it with the quotation mark it starts with"
      : /without - indicator/.test(raw)
        ? 'a field is indented differently from the ones before it (or a list item lacks its "- ")'
        : 'a line that is neither "field: value" nor a list item "- …"',
    DUPLICATE_KEY: "a field is given twice in the same record: keep one",
    BLOCK_AS_IMPLICIT_KEY:
      'a value holds ": " (or a field is indented under a value): put the value in quotation marks ("…"), or fix the indentation',
    MULTILINE_IMPLICIT_KEY: 'a line is not "field: value": add the colon, or indent a long value under its field',
    TAB_AS_INDENT: "a tab indents this line: indent with spaces only",
    BAD_SCALAR_START: `a value cannot start with ${/character (\S)/.exec(raw)?.[1] ?? "this character"} unquoted: put it in quotation marks ("…")`,
    UNEXPECTED_TOKEN: "text goes on after a quoted value ends: inside '…' write an apostrophe as '' (it''s), or quote the value with \"…\"",
    MULTIPLE_DOCS: 'a line "---" starts a second document: a catalogue file holds one; remove it',
    BAD_DQ_ESCAPE: "an unknown escape in a \"…\" text: write a backslash as \\\\, or quote the value with '…'",
  };
  return `not valid YAML: ${said[error.code] ?? raw}`;
}
