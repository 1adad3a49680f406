// Types of scripts/compile-hints.mjs (plain JavaScript: `npm run build` runs it with node alone).
export declare const COMPILE_HINT: string;
export declare function entryChunks(distDir: string): string[];
export declare function addCompileHints(distDir: string): string[];
