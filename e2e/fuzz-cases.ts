// Hostile addresses for the fuzz test: every route, with unknown and malformed slugs, very long values,
// encoded traversal, script tags, invalid UTF-8 escapes, control characters, repeated and empty parameters.
// Deterministic (seeded), so a failure names a case that can be replayed.

const PROVISIONS = ["ip-theft", "senior-experts-group", "hotline", "norms"];
const SLUGS = [
  "us-china-2015",
  "canada-china-2017",
  "uk-china-2015",
  "g20-antalya-2015",
  "russia-china-2015",
  "us-russia-2013",
  "nordic-baltic-us-2016",
  "paris-call-2018",
  "xi-afp",
  "wh-fact-sheet",
];

// The markers carry a name (pdfz) that appears nowhere else, so finding one in a response is a reflection.
export const MARKUP_MARKERS = ["<script>pdfz(1)</script>", '"><svg onload=pdfz(2)>', "<img src=x onerror=pdfz(3)>", "javascript:pdfz(4)"];
export const REFLECTION_PATTERNS = [/<script>pdfz\(/i, /<svg onload=pdfz/i, /<img src=x onerror=pdfz/i, /href="javascript:pdfz/i];

const HOSTILE_VALUES = [
  "",
  " ",
  "nope",
  "us-china-2016",
  "US-CHINA-2015",
  "us_china_2015",
  "-",
  "--",
  "a".repeat(64),
  "a".repeat(300),
  "x".repeat(3000),
  "..",
  "../..",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "....//....//etc/passwd",
  "%252e%252e%252f",
  "%00",
  "a%00b",
  "%0d%0aSet-Cookie:%20pdfz=1",
  "%0aLocation:%20http://example.invalid",
  "%C3%28",
  "%FF%FE",
  "%E2%82",
  "%ED%A0%80",
  "%",
  "%zz",
  "%%",
  "%u003c",
  "\u202e",
  "%E4%B8%AD%E6%96%87",
  "😀",
  "' OR 1=1--",
  "1;DROP TABLE Agreement",
  "${7*7}",
  "{{7*7}}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "99999999999999999999",
  "1e309",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  ...MARKUP_MARKERS.map(encodeURIComponent),
  ...MARKUP_MARKERS.map((m) => m.replace(/ /g, "%20").replace(/"/g, "%22")),
];

const PARAMS = [
  "v",
  "ref",
  "against",
  "base",
  "view",
  "diff",
  "focus",
  "row",
  "a",
  "q",
  "year",
  "form",
  "party",
  "scope",
  "provision",
  "format",
  "url",
  "maxwidth",
  "maxheight",
  "theme",
  "rows",
  "lang",
  "_rsc",
  "page",
  "from",
  "to",
  "pinned",
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fuzzCases(count: number, seed = 20261123): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const slugish = () => (random() < 0.45 ? pick(SLUGS) : pick(HOSTILE_VALUES));
  const slugs = () => Array.from({ length: 1 + Math.floor(random() * 5) }, slugish).join("/");
  const query = () => {
    const n = Math.floor(random() * 5);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = random() < 0.9 ? pick(PARAMS) : pick(HOSTILE_VALUES);
      const roll = random();
      if (roll < 0.1)
        parts.push(name); // no "="
      else if (roll < 0.2)
        parts.push(`${name}=`); // empty
      else if (roll < 0.3)
        parts.push(`${name}=${pick(HOSTILE_VALUES)}&${name}=${pick(HOSTILE_VALUES)}`); // repeated
      else parts.push(`${name}=${random() < 0.3 ? pick(SLUGS) : pick(HOSTILE_VALUES)}`);
    }
    if (random() < 0.05) parts.push("&&&=&");
    return parts.length ? `?${parts.join("&")}` : "";
  };
  const routes: (() => string)[] = [
    () => `/${query()}`,
    () => `/agreements${query()}`,
    () => `/agreements/${slugish()}${query()}`,
    () => `/agreements/${slugish()}/${slugish()}`,
    () => `/agreements/${slugish()}/readouts${query()}`,
    () => `/compare${query()}`,
    () => `/compare/${slugs()}${query()}`,
    () => `/compare-view/${slugish()}/${slugish()}/${slugish()}/${slugs()}`,
    () => `/agreement-version/${slugish()}/${slugish()}`,
    () => `/embed/compare/${slugs()}${query()}`,
    () => `/api/v1/agreements${query()}`,
    () => `/api/v1/agreements/${slugish()}${query()}`,
    () => `/api/v1/compare/${slugs()}${query()}`,
    () => `/api/oembed?url=${encodeURIComponent(`http://localhost/compare/${slugs()}`)}&${query().slice(1)}`,
    () => `/api/oembed${query()}`,
    () => `/og/compare/${slugs()}`,
    () => `/api/admin/revalidate${query()}`,
    () => `/changes${query()}`,
    () => `/changes/${slugish()}...${slugish()}${query()}`,
    () => `/data${query()}`,
    () => `/data/${slugish()}.zip${query()}`,
    () => `/feeds/changes.atom${query()}`,
    () => `/feeds/provisions/${slugish()}.atom`,
    () => `/provisions${query()}`,
    () => `/provisions/${random() < 0.5 ? pick(PROVISIONS) : slugish()}${query()}`,
    () => `/embed/provisions/${random() < 0.5 ? pick(PROVISIONS) : slugish()}${query()}`,
    () => `/og/provisions/${random() < 0.5 ? pick(PROVISIONS) : slugish()}${query()}`,
    () => `/api/v1/provisions/${random() < 0.5 ? pick(PROVISIONS) : slugish()}${query()}`,
    () =>
      `/api/oembed?url=${encodeURIComponent(`http://localhost:3100/provisions/${random() < 0.5 ? pick(PROVISIONS) : slugish()}${query()}`)}`,
    () => `/search${query()}`,
    () => `/search?q=${pick(HOSTILE_VALUES)}${query().replace("?", "&")}`,
    () => `/methodology${query()}`,
    () =>
      `/api/v1/cite?page=${encodeURIComponent(`/${random() < 0.5 ? "agreements" : "compare"}/${slugs()}${query()}`)}&${query().slice(1)}`,
    () => `/api/v1/cite${query()}`,
    () => `/api/v1/versions${query()}`,
    () => `/og/agreement/${slugish()}${query()}`,
    () => `/${pick(HOSTILE_VALUES)}/${pick(HOSTILE_VALUES)}${query()}`,
    () => `/_next/${pick(HOSTILE_VALUES)}`,
    () => `/_next/static/${pick(HOSTILE_VALUES)}/${pick(HOSTILE_VALUES)}`,
  ];
  return Array.from({ length: count }, () => {
    // Raw request targets: spaces and non-ASCII are the only things a client must escape.
    return pick(routes)()
      .replace(/ /g, "%20")
      .replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  });
}
