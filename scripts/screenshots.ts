// npm run screenshots -- [base URL] — full-page PNGs of the main pages at phone and desktop widths, into
// screenshots/ (git-ignored), for looking at what a reader sees. Needs a running server: without a base URL,
// the one on this machine at PORT (as `npm start` reads it; 3000 when unset).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/runtime/env";

/** The address to photograph: the one given, else this machine's server at PORT (checked as the server checks it). */
export function baseUrl(given: string | undefined, environment: Record<string, string | undefined> = process.env): string {
  return given ?? `http://localhost:${readEnv({ PORT: environment.PORT }).PORT}`;
}

const widths = [375, 1440];

async function main() {
  const base = baseUrl(process.argv[2]);
  const pages = (process.env.PAGES ?? "/,/agreements,/agreements/us-china-2015").split(",");
  const { chromium } = await import("@playwright/test");
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
    for (const address of pages) {
      await page.goto(base + address, { waitUntil: "load" });
      const name = address.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
      console.log(`screenshots/${name}-${width}.png`);
    }
    await page.close();
  }
  await browser.close();
}

if (process.argv[1]?.endsWith(path.join("scripts", "screenshots.ts"))) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
