// Minimal types for the part of bibtex-parse the e2e specs use (the package ships none).
declare module "bibtex-parse" {
  /** One entry: its key and type, and each field under its name in capitals (a month macro as the month's name). */
  export type BibtexEntry = { key: string; type: string } & Record<string, string | number | undefined>;
  const bibtexParse: { entries(bibtex: string): BibtexEntry[] };
  export default bibtexParse;
}
