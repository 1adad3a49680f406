import { expect, test } from "@playwright/test";
import { catalogueSlugs } from "../test/real-catalogue";
import { expectNoAxeViolations } from "./axe";
import { matchLine } from "./catalogue-list";

const SLUGS = [
  "us-china-2015",
  "canada-china-2017",
  "uk-china-2015",
  "g20-antalya-2015",
  "russia-china-2015",
  "us-russia-2013",
  "paris-call-2018",
  "nordic-baltic-us-2016",
  "un-gge-2015",
  "g7-ise-shima-2016",
];

test("the catalogue lists every document", async ({ page }) => {
  await page.goto("/agreements");
  // "16 agreements.", or "65 agreements. Showing 1–60." once the list has pages.
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${catalogueSlugs().length} agreements\\.( Showing 1–\\d+\\.)?$`));
  for (const slug of SLUGS) await expect(page.locator(`a[href="/agreements/${slug}"]`).first()).toBeVisible();
  await expect(page.getByText(/^Dataset version [0-9a-f]{12}, imported/)).toBeVisible();
});

test("the home page says what Pactdiff is and lists the catalogue", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Compare cyber agreements between states");
  await expect(page.getByRole("link", { name: "Open the comparison →" })).toHaveAttribute(
    "href",
    "/compare/us-china-2015/canada-china-2017",
  );
  // The earliest document first, and the page says it is the base.
  await expect(page.locator("section[aria-labelledby=featured]")).toContainText("The earlier text is the base");
  await expect(page.locator("#catalogue ~ ul > li, section[aria-labelledby=catalogue] li")).toHaveCount(12);
  await expect(page.getByText(/^Dataset version [0-9a-f]{12}, imported/)).toBeVisible();
});

test.describe("filters narrow the catalogue", () => {
  test("with JavaScript", async ({ page, request }) => {
    await page.goto("/agreements");
    await page.getByLabel("Party").selectOption("CAN");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]party=CAN/);
    await expect(page.getByRole("status")).toHaveText(await matchLine(request, (a) => a.parties.some((p) => p.code === "CAN")));
    await expect(page.getByRole("link", { name: "Canada–China 2017" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("a plain GET form", async ({ page, request }) => {
      await page.goto("/agreements");
      await page.getByLabel("Has provision").selectOption("hotline");
      await page.getByLabel("Year").selectOption("2015");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/provision=hotline/);
      const hotline2015 = await matchLine(request, (a) => a.provisionKeys.includes("hotline") && a.year === 2015);
      await expect(page.getByRole("status")).toHaveText(hotline2015);
      await expect(page.getByRole("link", { name: "US–China 2015" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Russia–China 2015" })).toBeVisible();
    });

    test("a malformed filter is a 400 that does not reflect it; unknown names and repeats are ignored", async ({ page, request }) => {
      const hostile = await page.goto("/agreements?party=%3Cscript%3Ealert(1)%3C/script%3E&year=2015");
      expect(hostile?.status()).toBe(400);
      await expect(page.getByText("party= must be a party code")).toBeVisible();
      expect(await page.content()).not.toContain("<script>alert(1)</script>");
      const response = await page.goto("/agreements?year=2015&year=abc&q=&scope[]=x");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("status")).toHaveText(await matchLine(request, (a) => a.year === 2015));
    });
  });
});

test("the US–China page quotes the IP-theft clause verbatim with its source link", async ({ page }) => {
  await page.goto("/agreements/us-china-2015");
  const clause = page.getByRole("listitem").filter({ hasText: "Bullet on intellectual-property theft" }).first();
  await expect(clause.locator("blockquote[lang=en]")).toHaveText(
    "The United States and China agree that neither country's government will conduct or knowingly support cyber-enabled theft of intellectual property, including trade secrets or other confidential business information, with the intent of providing competitive advantages to companies or commercial sectors.",
  );
  // The source links to what was seen of it (its own address is there); its title was not seen, and says so.
  const source = clause.getByRole("link", { name: "thedispatch.com" });
  await expect(source).toHaveAttribute("href", /^\/sources\/thedispatch-xis-broken-promises-on\?v=[0-9a-f]{12}$/);
  await expect(source).toHaveAttribute("title", "title not seen");
  await expect(clause.getByText("High confidence").first()).toBeVisible();
  // A truncated copy is shown as such, never completed.
  await expect(page.getByText("in a manner consistent with their respective national laws and relev…").first()).toBeVisible();
  await expect(page.getByText("Truncated copy").first()).toBeVisible();
});

test("the Canada–China page dates it 22 June 2017 and corrects the seed article's misquote", async ({ page }) => {
  await page.goto("/agreements/canada-china-2017");
  await expect(page.locator("header time").first()).toHaveText("22 June 2017");
  const corrections = page.locator("section[aria-labelledby=corrections]");
  const misquote = corrections.getByRole("listitem").filter({ hasText: "cyber-based attack on intellectual property" });
  await expect(misquote).toHaveCount(1);
  // The article is described as what it is, never by an internal name.
  await expect(misquote).toContainText("Unattributed text (no address, publisher or title seen)");
  await expect(page.getByText(/Seed news article/)).toHaveCount(0);
  await expect(misquote).toContainText('"cyber-enabled theft of intellectual property"');
  // The scope nuance: silent in the text, outside scope per the press.
  const intelligence = page.locator("section[aria-labelledby=scope] div").filter({ hasText: /^Intelligence gathering/ });
  await expect(intelligence).toContainText("Silent");
  await expect(intelligence).toContainText("Not covered");
});

test("an address with a malformed %-escape gets a 400, not a 500", async ({ request }) => {
  for (const path of ["/agreements/%E0%A4%A", "/embed/compare/%E0%A4%A/x", "/compare/us-china-2015/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
  }
});

test("an unknown slug gets a 404 that suggests the nearest slug", async ({ page }) => {
  const response = await page.goto("/agreements/china-us-2015");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  const suggestions = page.getByRole("status");
  await expect(suggestions).toContainText("china-us-2015");
  await expect(suggestions.getByRole("link").first()).toHaveAttribute("href", "/agreements/us-china-2015");
});

test("a coded judgement is shown with its source and basis, or as not assessed", async ({ page }) => {
  await page.goto("/agreements/russia-china-2015");
  const facts = page.locator("header dl");
  await expect(facts.locator("div").filter({ hasText: /^Legal character/ })).toContainText("Not assessed");
  await expect(facts.locator("div").filter({ hasText: /^Status/ })).toContainText("Not assessed");
  await expect(page.getByText("Legally binding")).toHaveCount(0);
  // The commentator who only disputes the "non-aggression pact" reading is no basis for a scope row.
  await expect(page.locator("section[aria-labelledby=scope]")).not.toContainText("Intelligence gathering");

  // No source calls the Canada–China communiqué a political commitment: not assessed, not guessed.
  await page.goto("/agreements/canada-china-2017");
  await expect(page.locator("header dl div").filter({ hasText: /^Legal character/ })).toContainText("Not assessed");
  await page.goto("/agreements/us-china-2015");
  const character = page.locator("header dl div").filter({ hasText: /^Legal character/ });
  await expect(character).toContainText("Political commitment");
  await expect(character.getByRole("link", { name: "Congressional Research Service" })).toHaveAttribute(
    "href",
    /^\/sources\/everycrsreport-if10291\?v=/,
  );
  await expect(page.locator("article > header")).not.toContainText("consular");
  for (const slug of ["us-china-2015", "canada-china-2017", "g20-antalya-2015"]) {
    await page.goto(`/agreements/${slug}`);
    await expect(page.locator("header dl").getByText("Active", { exact: true })).toHaveCount(0);
  }
});

test("a multilateral statement names all its parties and its form", async ({ page }) => {
  await page.goto("/agreements/nordic-baltic-us-2016");
  const parties = page.locator("header dl div").filter({ hasText: /^Parties \(9\)/ });
  await expect(parties).toContainText("Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, Sweden, United States");
  await page.goto("/agreements/paris-call-2018");
  await expect(page.locator("header dl div").filter({ hasText: /^Form/ })).toContainText("Call");
  await expect(page.locator("blockquote[lang=fr]").first()).toBeVisible();
});

test.describe("accessibility", () => {
  for (const path of [
    "/",
    "/agreements",
    "/agreements?party=CHN",
    "/agreements/us-china-2015",
    "/agreements/canada-china-2017",
    "/agreements/nordic-baltic-us-2016",
    "/agreements/no-such-slug",
  ]) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("is keyboard usable: skip link first, then the main navigation", async ({ page }) => {
    await page.goto("/agreements/us-china-2015");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test("a search with control characters (a NUL byte) is answered, on either database", async ({ request }) => {
  const response = await request.get("/agreements?q=knowingly%00support");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("agreements");
});

test('the catalogue\'s text box finds what the search finds ("IP theft") and leads to it', async ({ page }) => {
  await page.goto("/");
  await page.locator("#home-search").fill("IP theft");
  await page.locator("#home-search").press("Enter");
  await expect(page).toHaveURL(/\/agreements\?q=IP(\+|%20)theft/);
  await expect(page.locator("p[role=status]")).toContainText(new RegExp(`^[1-9]\\d* of ${catalogueSlugs().length} agreements match\\.`));
  await expect(page.locator("a[href='/agreements/us-china-2015']").first()).toBeVisible();
  await page.getByRole("link", { name: "See every clause that mentions “IP theft” →" }).click();
  await expect(page).toHaveURL(/\/search\?q=IP(\+|%20)theft$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
