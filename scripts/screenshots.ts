// npm run screenshots -- [base URL] — full-page PNGs of the main pages at phone and desktop widths, into
// screenshots/ (git-ignored), for looking at what a reader sees. Needs a running server.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = (process.env.PAGES ?? "/,/agreements,/agreements/us-china-2015").split(",");
const widths = [375, 1440];

async function main() {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: "load" });
      const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
      console.log(`screenshots/${name}-${width}.png`);
    }
    await page.close();
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
