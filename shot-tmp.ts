import { chromium } from "@playwright/test";
const base = "http://localhost:3100";
(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  for (const width of [375, 1440]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path, sel] of [["cite-agreement", "/agreements/us-china-2015", "section[aria-labelledby=data-heading]"], ["cite-compare", "/compare/canada-china-2017/us-china-2015", "section[aria-labelledby=share-heading]"], ["embed-footer", "/embed/compare/canada-china-2017/us-china-2015", "footer"]] as const) {
      await page.goto(base + path);
      await page.locator(sel).screenshot({ path: `screenshots/${name}-${width}.png` });
    }
    await page.close();
  }
  await browser.close();
})();
