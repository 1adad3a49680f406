import { chromium } from "@playwright/test";
const [url, out, width="375", scroll="0", height="900"] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const p = await b.newPage({ viewport: { width: +width, height: +height } });
await p.goto(url, { waitUntil: "load" });
await p.evaluate((y) => window.scrollTo(0, y), +scroll);
await p.screenshot({ path: out });
await b.close();
