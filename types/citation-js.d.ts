// Minimal types for the parts of citation-js Pactdiff uses (the packages ship none).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang?: string }): string;
    format(format: "bibtex" | "biblatex" | "ris", options?: { format?: "text" }): string;
    format(format: "data", options?: { format?: "object" | "text" }): unknown;
  }
  export const plugins: {
    config: { get(plugin: "@csl"): { styles: { has(name: string): boolean; add(name: string, xml: string): void } } };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
