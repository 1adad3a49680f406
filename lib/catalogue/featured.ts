// The comparison the home page features (PRODUCT.md: US–China 2015 vs Canada–China 2017): the earlier text
// first, as the base, so the later one's changes read forwards in time.
export const FEATURED = ["us-china-2015", "canada-china-2017"] as const;
