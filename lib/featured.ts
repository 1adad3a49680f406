// The comparison the home page features (PRODUCT.md: Canada–China 2017 vs US–China 2015, base first).
export const FEATURED = ["canada-china-2017", "us-china-2015"] as const;
