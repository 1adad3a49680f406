// The writing direction of a language tag, for the `dir` attribute of a text: Arabic, Hebrew, Persian, Urdu and
// the other languages written right to left (or any tag naming a right-to-left script) read "rtl".

const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ku-arab", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "mand", "samr"]);

export function directionOf(language: string): "rtl" | "ltr" {
  const parts = language.toLowerCase().split("-");
  if (parts.slice(1).some((p) => p.length === 4 && RTL_SCRIPTS.has(p))) return "rtl";
  if (parts.slice(1).some((p) => p.length === 4)) return "ltr";
  return RTL_LANGUAGES.has(parts[0] ?? "") ? "rtl" : "ltr";
}

/** The attributes that make a text read correctly: its language, and its direction when right to left. */
export const textAttributes = (language: string): { lang: string; dir?: "rtl" } =>
  directionOf(language) === "rtl" ? { lang: language, dir: "rtl" } : { lang: language };
