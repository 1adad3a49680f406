// Each party's readout of the same agreement, side by side: US–China 2015 has the White House's, China's
// and Xi Jinping's words as two outlets transcribed them (they disagree on "knowingly").
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const PAGE = "/agreements/us-china-2015/readouts";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`readouts ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test("the US and Chinese readouts side by side, marked by party, with word differences", async ({ page }) => {
      await page.goto(PAGE);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Each party's account of US–China 2015");
      const list = page.locator("section[aria-labelledby=readouts-heading] li");
      await expect(list).toHaveCount(7);
      await expect(list.first()).toContainText("United States");
      await expect(list.first()).toContainText("Base for differences");
      await expect(list.filter({ hasText: "outcome list published by Xinhua" })).toContainText("China");

      const ip = page.locator("section#ip-theft > ol > li");
      const obama = ip.filter({ hasText: "President Obama at the joint press conference" });
      await expect(obama.locator("del").first()).toBeVisible();
      await expect(obama).toContainText("similar to the base readout");
      // The Chinese written text is shown, not diffed against English.
      await expect(ip.filter({ hasText: "Chinese government" }).locator("blockquote[lang=zh]")).toContainText("在知情情况下");

      // Per provision, where the accounts differ, China's outcome list included (held only in Chinese).
      const differ = page.locator("section[aria-labelledby=differ-heading]");
      await expect(differ.getByRole("heading", { name: "Where the accounts differ" })).toBeVisible();
      const ipLine = differ.locator("dl > div").filter({ hasText: "No cyber-enabled IP theft" });
      await expect(ipLine.locator("li").first()).toHaveText("In 6 of 7 readouts.");
      await expect(ipLine).toContainText("Worded differently in President Obama at the joint press conference — 62% like the base");
      await expect(ipLine).toContainText("Chinese government has it only in Chinese");
      await expect(differ.locator("li").filter({ hasText: "Only in one party's readouts" }).first()).toBeVisible();
      // Far apart (under 40% alike): side by side, shared words marked, no wall of deletions.
      const xi = ip.filter({ hasText: "joint press conference (spoken), interpreter's English as transcribed by Lawfare" });
      await expect(xi).toContainText("Too different for a redline");
      await expect(xi.locator("mark").filter({ hasText: "support" }).first()).toBeVisible();
      await expect(xi.locator("del")).toHaveCount(0);

      // Any readout can be the base, by a plain link: AFP's transcription drops Lawfare's "knowingly".
      await list
        .filter({ hasText: "joint press conference (spoken), interpreter's English as transcribed by Lawfare" })
        .getByRole("link", { name: "Use as base" })
        .click();
      await expect(page).toHaveURL(`${PAGE}?base=xi-lawfare`);
      const afp = page.locator("section#ip-theft > ol > li").filter({ hasText: "as rendered by AFP" });
      await expect(afp.locator("del").filter({ hasText: "knowingly" })).toHaveCount(1);
      await expect(afp).toContainText("Chinese translation by AFP (Chinese service)");
    });
  });
}

test("the agreement page lists its readouts and links to the comparison", async ({ page }) => {
  await page.goto("/agreements/us-china-2015");
  const section = page.locator("section[aria-labelledby=readouts]");
  await expect(section.getByRole("listitem")).toHaveCount(7);
  await section.getByRole("link", { name: "compare them side by side, word by word" }).click();
  await expect(page).toHaveURL(PAGE);
});

test("a pinned readout comparison stays on its version; an agreement without readouts says so", async ({ page, request }) => {
  await page.goto(PAGE);
  const pinned = await page.getByRole("link", { name: "Link pinned to this version" }).getAttribute("href");
  expect(pinned).toMatch(/^\/agreements\/us-china-2015\/readouts\?v=[0-9a-f]{12}$/);
  expect((await request.get(pinned ?? "")).status()).toBe(200);
  await page.goto("/agreements/canada-china-2017/readouts");
  await expect(page.getByText("No readouts of this agreement are recorded")).toBeVisible();
});

test("bad readout addresses get a clear 4xx", async ({ page, request }) => {
  const unknownBase = await page.goto(`${PAGE}?base=xi-voice`);
  expect(unknownBase?.status()).toBe(404);
  await expect(page.getByText("Its readouts: wh-fact-sheet, obama-press-conference")).toBeVisible();
  await expect(page.getByRole("link", { name: "xi-lawfare" })).toHaveAttribute("href", `${PAGE}?base=xi-lawfare`);
  expect((await request.get("/agreements/no-such-slug/readouts")).status()).toBe(404);
  expect((await request.get(`${PAGE}?v=000000000000`)).status()).toBe(404);
  const malformed = await request.get(`${PAGE}?v=%3Cscript%3E&base=xi-afp`, { maxRedirects: 0 });
  expect(malformed.status()).toBe(404);
  expect(malformed.headers()["location"]).toBeUndefined();
  expect(await malformed.text()).toContain(`href="${PAGE}?base=xi-afp"`);
  expect((await request.get(`${PAGE}?base=%3Cscript%3E`)).status()).toBe(400);
  expect(await (await request.get(`${PAGE}?base=%3Cscript%3E`)).text()).not.toContain("<script>");
});

test("axe finds no violations on the readouts page", async ({ page }) => {
  await page.goto(PAGE);
  await expectNoAxeViolations(page);
});
