// One vocabulary for every URL parameter (lib/domain/params.ts): a v= that is not a known version — malformed,
// cut or lengthened by a copy-paste, or unknown — gets a 404 on every surface (never the latest data in silence,
// never a redirect that drops the pin), and a malformed value of any other parameter a 400 that says what it
// may be. Checked against the running server, through the front, on every kind of address that reads v=.
import { expect, test } from "@playwright/test";

const FEATURED = "/compare/us-china-2015/canada-china-2017";
const ORIGIN = "http://localhost:3100";

/** Every surface that reads v=: pages, embeds, the API, preview images, feeds, citations, oEmbed. */
function surfaces(v: string): string[] {
  const q = `v=${encodeURIComponent(v)}`;
  const inner = (path: string) => encodeURIComponent(`${path}${path.includes("?") ? "&" : "?"}${q}`);
  return [
    `${FEATURED}?${q}`,
    `${FEATURED}?view=scope&${q}`,
    `/embed${FEATURED}?${q}`,
    `/api/v1${FEATURED}?${q}`,
    `/api/v1${FEATURED}?format=csv&${q}`,
    `/og${FEATURED}?${q}`,
    `/agreements/us-china-2015?${q}`,
    `/agreements/us-china-2015/readouts?${q}`,
    `/og/agreement/us-china-2015?${q}`,
    `/api/v1/agreements?${q}`,
    `/api/v1/agreements/us-china-2015?${q}`,
    `/provisions/ip-theft?${q}`,
    `/provisions/ip-theft?against=previous&${q}`,
    `/embed/provisions/ip-theft?${q}`,
    `/api/v1/provisions/ip-theft?${q}`,
    `/og/provisions/ip-theft?${q}`,
    `/sources/china-org-cn-outcome-list-item-48?${q}`,
    `/search?q=theft&${q}`,
    `/feeds/changes.atom?${q}`,
    `/feeds/provisions/ip-theft.atom?${q}`,
    `/api/v1/cite?page=${inner("/agreements/us-china-2015")}`,
    `/api/v1/cite?page=${inner(FEATURED)}&format=bibtex`,
    `/api/v1/cite?page=${inner("/provisions/ip-theft")}`,
    `/api/oembed?url=${inner(`${ORIGIN}${FEATURED}`)}`,
    `/api/oembed?url=${inner(`${ORIGIN}/provisions/ip-theft`)}`,
  ];
}

test("a v= that is not a known version answers 404 on every surface, with the version a cut pin belongs to", async ({ request }) => {
  const current = ((await (await request.get("/api/v1/versions")).json()) as { current: string }).current;
  expect(current).toMatch(/^[0-9a-f]{12}$/);
  const values = ["zzz", current.slice(0, 11), `${current}0`, "000000000000", current.toUpperCase(), "<script>"];
  for (const v of values) {
    for (const url of surfaces(v)) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), `${url}`).toBe(404);
      expect(response.headers()["x-dataset-version"], url).toBeUndefined();
    }
  }
  // The version-diff form's two ends are pins like v=.
  for (const v of values) expect((await request.get(`/changes?from=${encodeURIComponent(v)}&to=${current}`)).status(), v).toBe(404);
  // A pin cut or lengthened by a copy-paste points to the version it belongs to.
  const cut = await (await request.get(`${FEATURED}?diff=off&v=${current.slice(0, 11)}`)).text();
  expect(cut).toContain(`${FEATURED}?diff=off&amp;v=${current}`);
  expect(cut).toContain(`href="${FEATURED}?diff=off"`);
  const api = await request.get(`/api/v1/agreements?v=${current}0`);
  expect(((await api.json()) as { error: { message: string } }).error.message).toContain(`v=${current}`);
});

test("the known version answers 200 on every surface (the table above is not a server refusing everything)", async ({ request }) => {
  const current = ((await (await request.get("/api/v1/versions")).json()) as { current: string }).current;
  for (const url of surfaces(current)) expect((await request.get(url)).status(), url).toBe(200);
});

test("a malformed value of any other parameter is a 400 that says what the value may be, on every surface", async ({ request }) => {
  const cases: [string, RegExp][] = [
    [`${FEATURED}?view=graph`, /view= must be one of clauses, scope, dates/],
    [`${FEATURED}?diff=chars`, /diff= must be one of words, off/],
    [`/embed${FEATURED}?theme=%3Cscript%3E`, /theme= must be one of light, dark, auto/],
    [`/embed${FEATURED}?rows=%3Cb%3E`, /rows= must be up to 40 provision keys/],
    [`/api/v1${FEATURED}?view=graph`, /view= must be/],
    [`/og${FEATURED}?diff=chars`, /diff= must be/],
    ["/provisions/ip-theft?against=sideways", /against= must be one of reference, previous/],
    ["/provisions/ip-theft?page=0", /page= must be a page number/],
    ["/embed/provisions/ip-theft?year=20x5", /year= must be a year/],
    ["/api/v1/provisions/ip-theft?party=gb%20r", /party= must be a party code/],
    ["/og/provisions/ip-theft?ref=%3Cb%3E", /ref= must be an agreement slug/],
    ["/agreements?year=twenty", /year= must be a year/],
    ["/agreements/us-china-2015/readouts?base=%3Cb%3E", /base= must be a readout key/],
    ["/search?q=theft&page=-1", /page= must be a page number/],
    ["/changes?page=x", /page= must be a page number/],
    ["/api/v1/versions?page=x", /page= must be a page number/],
    ["/compare?a=us-china-2015&a=canada-china-2017&order=latest", /order= must be earliest/],
    [`/api/v1/cite?page=${encodeURIComponent(`${FEATURED}?view=graph`)}`, /view= must be one of/],
    [`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}?diff=chars`)}`, /diff= must be one of/],
    [`/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&maxwidth=-3`, /maxwidth= must be a width in pixels/],
  ];
  for (const [url, said] of cases) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(await response.text(), url).toMatch(said);
  }
});

test("unknown parameter names are ignored, and an empty value is no value", async ({ request }) => {
  for (const url of [`${FEATURED}?utm_source=x&view=`, "/provisions/ip-theft?fbclid=1&page=", "/agreements?party=&ref=x"])
    expect((await request.get(url)).status(), url).toBe(200);
});
