// The part of the language-tags package (IANA language subtag registry) the catalogue uses; it ships no types.
declare module "language-tags" {
  interface LanguageTagError extends Error {
    /** 1 deprecated tag, 3 unknown subtag, 11 deprecated subtag (Tag.ERR_* in the package). */
    code: number;
    subtag?: unknown;
  }
  interface LanguageTag {
    valid(): boolean;
    errors(): LanguageTagError[];
    /** The tag in the registry's letter case: zh-hans → zh-Hans. */
    format(): string;
  }
  const tags: (tag: string) => LanguageTag;
  export default tags;
}
