import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The featured comparison (earliest first, the base) and the same two the other way round, which the
// mechanics tests below use: the US–China column is then the one diffed against Canada–China.
const FEATURED = "/compare/us-china-2015/canada-china-2017";
const REVERSED = "/compare/canada-china-2017/us-china-2015";
const THREE_WAY = "/compare/us-china-2015/canada-china-2017/uk-china-2015";

test("the featured comparison summarises in plain words", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Open the comparison →" }).click();
  await expect(page).toHaveURL(FEATURED);
  await expect(page).toHaveTitle("US–China 2015 vs Canada–China 2017 · Pactdiff");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("1 provision in common (1 reworded).");
  await expect(summary).toContainText("8 only in US–China 2015.");
  await expect(summary).toContainText("Canada–China 2017 came 21 months after US–China 2015.");
});

test("a year-only date gives years, never a count of months the data does not hold", async ({ page }) => {
  await page.goto("/compare/us-china-2015/aukmin-2017");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("AUKMIN 2017 came in 2017, two years after US–China 2015 (2015).");
  await expect(summary).not.toContainText(/months? after/);
});

test("a 4-way comparison where three have the pledge leads with what they share", async ({ page }) => {
  await page.goto("/compare/us-china-2015/canada-china-2017/g20-antalya-2015/g7-lucca-2017");
  const headline = page.getByRole("region", { name: "Summary" }).locator("p").first();
  await expect(headline).toContainText(
    "The IP-theft pledge is in 3 of 4: US–China 2015, Canada–China 2017 and G20 Antalya 2015; not in G7 Lucca 2017.",
  );
  await expect(headline).not.toContainText(/^0 /);
});

test("the IP-theft row reads as near-identical with exactly the differing words marked", async ({ page }) => {
  await page.goto(REVERSED);
  const row = page.locator("tr#ip-theft");
  await expect(row.getByRole("rowheader")).toContainText("Reworded · 88% similar");
  const usCell = row.getByRole("cell").nth(1);
  await expect(usCell.locator("del")).toHaveText(["[deleted: two sides agreed]", "[deleted: would]"]);
  await expect(usCell.locator("ins")).toHaveText(["[inserted: United States and China agree]", "[inserted: will]"]);
  // Marked by more than colour: strike-through and underline.
  expect(
    await usCell
      .locator("del")
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toContain("line-through");
  expect(
    await usCell
      .locator("ins")
      .first()
      .evaluate((el) => getComputedStyle(el).textDecorationLine),
  ).toContain("underline");
  await expect(usCell).toContainText("88% similar to Canada–China 2017");
  // Base cell: the verbatim clause with its source.
  const base = row.getByRole("cell").first();
  await expect(base.locator("blockquote[lang=en]")).toContainText("The two sides agreed that neither country's government would conduct");
  await expect(base.getByRole("link", { name: "Canadian Press" }).first()).toHaveAttribute(
    "href",
    /^\/sources\/blueline-canada-china-sign-no\?v=/,
  );
  // Provisions only one side has are collapsed behind a count, and explicit once opened.
  const collapsed = page.getByText("8 provisions are in only one of these agreements (US–China 2015)");
  await expect(page.locator("tr#hotline")).toBeHidden();
  await collapsed.click();
  const absent = page.locator("tr#hotline").getByRole("cell").first();
  await expect(absent).toContainText("Not in this agreement.");
  await expect(absent.locator("blockquote")).toHaveCount(0);
});

test("diff=off shows the texts without diff markup", async ({ page }) => {
  await page.goto(`${REVERSED}?diff=off`);
  await expect(page.locator("tr#ip-theft del")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "show", exact: true })).toHaveAttribute("href", REVERSED);
});

test("a three-way comparison lines up three columns", async ({ page }) => {
  await page.goto(THREE_WAY);
  await expect(page.getByRole("columnheader")).toHaveText([/Provision/, /US–China 2015.*base/, /Canada–China 2017/, /UK–China 2015/]);
  await expect(page.locator("tr#ip-theft").getByRole("rowheader")).toContainText("Reworded");
  await expect(page.locator("tr#ip-theft").getByRole("cell").nth(2)).toContainText("% similar to US–China 2015");
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`views ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test("switch between clauses, scope and dates", async ({ page }) => {
      await page.goto(REVERSED);
      const tabs = page.getByRole("navigation", { name: "Comparison views" });
      await expect(tabs.getByRole("link", { name: "Clauses" })).toHaveAttribute("aria-current", "page");

      await tabs.getByRole("link", { name: "Scope" }).click();
      await expect(page).toHaveURL(`${REVERSED}?view=scope`);
      await expect(tabs.getByRole("link", { name: "Scope" })).toHaveAttribute("aria-current", "page");
      const intelligence = page.locator("tr#scope-intelligence-gathering");
      await expect(intelligence.getByRole("cell").first()).toContainText("Silent");
      await expect(intelligence.getByRole("cell").first()).toContainText("Not covered");
      await expect(intelligence.getByRole("cell").first()).toContainText("per press reading");
      // Norms are read for US–China only: "not assessed" for Canada–China is not a difference.
      await expect(page.locator("tr#scope-norms").getByRole("rowheader")).toContainText("Assessed for one only");
      await expect(page.locator("tr#scope-norms").getByRole("cell").first()).toContainText("Not assessed");
      await expect(page.getByText("How to read this table")).toBeVisible();

      await tabs.getByRole("link", { name: "Dates" }).click();
      await expect(page).toHaveURL(`${REVERSED}?view=dates`);
      const timeline = page.getByRole("list", { name: /Timeline of Canada–China 2017, US–China 2015/ });
      await expect(timeline).toBeVisible();
      await expect(timeline).toContainText("22 June 2017");
      // A month-precision date is shown as a month.
      await expect(timeline).toContainText("June 2016 (day not known)");
    });
  });
}

test("a shared link with #provision focuses and highlights that row", async ({ page }) => {
  await page.goto(`${REVERSED}#hotline`);
  const row = page.locator("tr#hotline");
  await expect(row).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("hotline");
  const shadow = await row.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(shadow).not.toBe("none");
});

test("each row has a copy-link button that copies the row's address", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${REVERSED}?view=clauses`);
  await page.getByText(/provisions are in only one of these agreements/).click();
  await page.getByRole("button", { name: "Copy link to Hotline / escalation channel" }).click();
  await expect(page.getByRole("button", { name: "Copy link to Hotline / escalation channel" })).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/compare\/canada-china-2017\/us-china-2015\?view=clauses#hotline$/);
});

test("the pickers build a comparison with a plain GET form", async ({ page }) => {
  await page.goto("/agreements/uk-china-2015");
  const picker = page.getByRole("form", { name: "Compare UK–China 2015 with…" });
  await picker.getByLabel("Compare with").selectOption("g20-antalya-2015");
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL("/compare/uk-china-2015/g20-antalya-2015");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("UK–China 2015 vs G20 Antalya 2015");
});

test("the picker puts the earliest agreement first, as the base, unless the reader asks for their own order", async ({ page }) => {
  await page.goto("/agreements/canada-china-2017");
  const picker = page.getByRole("form", { name: "Compare Canada–China 2017 with…" });
  await picker.getByLabel("Compare with").selectOption("us-china-2015");
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL("/compare/us-china-2015/canada-china-2017");
  await page.goto("/agreements/canada-china-2017");
  await picker.getByLabel("Compare with").selectOption("us-china-2015");
  await picker.getByLabel(/^Earliest first/).uncheck();
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL("/compare/canada-china-2017/us-china-2015");
});

test("the page declares its canonical URL, description and preview image", async ({ page, request }) => {
  await page.goto(`${REVERSED}?view=scope&utm_source=chat&view=dates`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `http://localhost:3100${REVERSED}?view=scope`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /IP-theft pledge is 88% the same wording/);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toBe(`http://localhost:3100/og${REVERSED}`);

  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeGreaterThan(10_000);
  expect(png.length).toBeLessThan(400_000);
});

test.describe("bad input gets a clear status and message", () => {
  const cases: { name: string; path: string; status: number; text: RegExp }[] = [
    {
      name: "unknown slug",
      path: "/compare/us-china-2015/china-us-2015",
      status: 404,
      text: /No agreement in the catalogue has the slug china-us-2015/,
    },
    { name: "duplicate slugs", path: "/compare/us-china-2015/us-china-2015", status: 400, text: /Each agreement may appear only once/ },
    {
      name: "more than four",
      path: "/compare/us-china-2015/canada-china-2017/uk-china-2015/g20-antalya-2015/us-russia-2013",
      status: 400,
      text: /2 to 4 agreements; this address names 5/,
    },
    { name: "malformed slug", path: "/compare/us-china-2015/US_China", status: 400, text: /lowercase words and digits/ },
    {
      name: "internal path",
      path: "/compare-view/clauses/words/latest/us-china-2015/uk-china-2015",
      status: 404,
      text: /no page at this address/,
    },
  ];
  for (const c of cases) {
    test(`${c.name} → ${c.status}`, async ({ page }) => {
      const response = await page.goto(c.path);
      expect(response?.status()).toBe(c.status);
      await expect(page.locator("body")).toContainText(c.text);
    });
  }

  test("an unknown slug suggests the nearest", async ({ page }) => {
    await page.goto("/compare/us-china-2015/canada-china-2071");
    await expect(page.getByRole("link", { name: /canada-china-2017/ })).toHaveAttribute("href", "/agreements/canada-china-2017");
  });

  test("one slug redirects to the agreement page", async ({ request }) => {
    const response = await request.get("/compare/us-china-2015", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(/\/agreements\/us-china-2015$/);
  });

  test("an unknown view or diff value is a 400 that says what it may be; unknown parameters are ignored", async ({ page }) => {
    const response = await page.goto(`${REVERSED}?view=graph&diff=chars`);
    expect(response?.status()).toBe(400);
    await expect(page.getByText("view= must be one of clauses, scope, dates")).toBeVisible();
    expect((await page.goto(`${REVERSED}?utm_source=x`))?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Clauses" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `http://localhost:3100${REVERSED}`);
  });

  test("hostile strings in the path and query are escaped or dropped", async ({ page }) => {
    for (const path of [
      "/compare/us-china-2015/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      `${REVERSED}?view=%3Cscript%3Ealert(1)%3C/script%3E&v=%22%3E%3Cimg`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBeLessThan(500);
      const html = await page.content();
      expect(html).not.toContain("<script>alert(1)</script>");
      expect(html).not.toContain('"><img');
    }
  });
});

test("a multilateral statement compared with a bilateral one works in every view, the embed and the exports", async ({ page, request }) => {
  const path = "/compare/nordic-baltic-us-2016/us-china-2015";
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nordic-Baltic + US 2016 vs US–China 2015");
  await expect(page.locator("header ol li").first()).toContainText("Denmark, Estonia, Finland, Iceland and 5 more");
  // Both keep "knowingly": it is not among the differences of the IP-theft row.
  const ip = page.locator("tr#ip-theft > td").nth(1);
  await expect(ip.locator("del, ins").filter({ hasText: "knowingly" })).toHaveCount(0);
  await expect(ip.locator("del").first()).toBeVisible();
  for (const view of ["scope", "dates"]) {
    const response = await page.goto(`${path}?view=${view}`);
    expect(response?.status()).toBe(200);
    await expect(view === "scope" ? page.locator("main table").first() : page.getByRole("list", { name: /Timeline of/ })).toContainText(
      view === "scope" ? "Economic espionage" : "16 September 2016",
    );
  }
  const embed = await request.get(`/embed${path.slice("/".length - 1)}`);
  expect(embed.status()).toBe(200);
  expect(await embed.text()).toContain("Nordic-Baltic + US 2016");
  const csv = await (await request.get(`/api/v1${path}?format=csv`)).text();
  expect(csv).toContain("nordic-baltic-us-2016,Nordic-Baltic + US 2016");
  const json = await (await request.get(`/api/v1${path}`)).json();
  expect(json.agreements[0].parties).toHaveLength(9);
});

test.describe("accessibility of every view", () => {
  for (const path of [
    "/compare/nordic-baltic-us-2016/us-china-2015?view=scope",
    REVERSED,
    `${REVERSED}?view=scope`,
    `${REVERSED}?view=dates`,
    `${REVERSED}?diff=off`,
    THREE_WAY,
    `${THREE_WAY}?view=dates`,
    "/compare/us-china-2015/us-china-2015",
  ]) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
