import { expect, test } from "@playwright/test";
import { startHostPage } from "./host-page";
import { expectNoAxeViolations } from "./axe";

const FEATURED = "/compare/canada-china-2017/us-china-2015";
const ORIGIN = "http://localhost:3100";
const BUDGET = { totalBytes: 30 * 1024, scriptBytes: 2 * 1024 };

async function snippetFor(request: import("@playwright/test").APIRequestContext, url: string) {
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}&format=json`);
  expect(response.status()).toBe(200);
  return (await response.json()).html as string;
}

test.describe("embedding on another site", () => {
  test("the iframe resizes to its content, with no console errors, within budget", async ({ page, request }) => {
    const snippet = await snippetFor(request, `${ORIGIN}${FEATURED}`);
    const host = await startHostPage(() => snippet);
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    let transferred = 0;
    const scripts: string[] = [];
    page.on("requestfinished", async (req) => {
      if (!req.url().startsWith(`${ORIGIN}/`)) return;
      transferred += (await req.sizes()).responseBodySize + (await req.sizes()).responseHeadersSize;
      if (req.resourceType() === "script") scripts.push(req.url());
    });
    try {
      await page.goto(host.url);
      const iframe = page.locator("iframe[data-pactdiff-embed]");
      await expect(iframe).toHaveAttribute("loading", "lazy");
      await expect(iframe).toHaveAttribute("title", "Canada–China 2017 vs US–China 2015 · Pactdiff");
      const frame = page.frameLocator("iframe[data-pactdiff-embed]");
      await expect(frame.getByRole("table")).toBeVisible();
      await expect(frame.locator("caption")).toContainText("Canada–China 2017 vs US–China 2015");
      // oEmbed's code is pinned to the dataset version, as the builder's is.
      await expect(frame.getByRole("link", { name: /Pactdiff: Canada–China 2017 vs US–China 2015/ })).toHaveAttribute(
        "href",
        new RegExp(`^${ORIGIN}${FEATURED}\\?v=[0-9a-f]{12}$`),
      );
      await expect(frame.getByText("Sources:")).toBeVisible();
      // Resized from the snippet's 600 px to the height the embed posted (the whole table, no scrollbar).
      await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).not.toBe(600);
      const contentHeight = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - contentHeight)).toBeLessThan(3);

      const embedHtml = await frame.locator("html").evaluate((el) => el.outerHTML);
      const inline = [...embedHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
      expect(scripts).toEqual([]);
      expect(Buffer.byteLength(inline)).toBeLessThan(BUDGET.scriptBytes);
      expect(transferred).toBeGreaterThan(1000);
      expect(transferred).toBeLessThan(BUDGET.totalBytes);
      expect(errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  test.describe("with scripts blocked", () => {
    test.use({ javaScriptEnabled: false });
    test("the embed still renders its table", async ({ page, request }) => {
      const snippet = await snippetFor(request, `${ORIGIN}${FEATURED}?view=scope`);
      const host = await startHostPage(() => snippet);
      try {
        await page.goto(host.url);
        const frame = page.frameLocator("iframe[data-pactdiff-embed]");
        await expect(frame.getByRole("rowheader", { name: /Intelligence gathering/ })).toBeVisible();
      } finally {
        await host.close();
      }
    });
  });

  test("the app's other pages refuse to be framed by another site", async ({ page, request }) => {
    const host = await startHostPage(() => `<iframe src="${ORIGIN}${FEATURED}" title="framed page" width="800" height="400"></iframe>`);
    try {
      const headers = (await request.get(FEATURED)).headers();
      expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
      const embedHeaders = (await request.get(`/embed${FEATURED}`)).headers();
      expect(embedHeaders["content-security-policy"]).toContain("frame-ancestors *");
      expect(embedHeaders["x-frame-options"]).toBeUndefined();

      await page.goto(host.url);
      const framed = page.frames().find((f) => f.url().includes("/compare/"));
      const loaded = framed
        ? await framed
            .locator("h1")
            .count()
            .catch(() => 0)
        : 0;
      expect(loaded).toBe(0);
    } finally {
      await host.close();
    }
  });
});

test.describe("the embed itself", () => {
  test("is served precompressed with a validator, and answers 304 when unchanged", async ({ request }) => {
    const first = await request.get(`/embed${FEATURED}`, { headers: { "accept-encoding": "gzip" } });
    expect(first.headers()["content-encoding"]).toBe("gzip");
    expect(first.headers()["vary"]).toContain("Accept-Encoding");
    const etag = first.headers()["etag"];
    expect(etag).toMatch(/^".+"$/);
    // The tag names the gzip bytes (it ends in -gzip): the same client, asking the same way, gets a 304.
    expect(etag).toMatch(/-gzip"$/);
    const again = await request.get(`/embed${FEATURED}`, { headers: { "accept-encoding": "gzip", "if-none-match": etag! } });
    expect(again.status()).toBe(304);
  });

  test("stacks into labelled cards on a narrow screen and honours rows and theme", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/embed${FEATURED}?rows=ip-theft,hotline&theme=dark`);
    await expect(page.getByRole("rowheader")).toHaveCount(2);
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    const display = await page
      .locator("tbody tr")
      .first()
      .evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe("block");
    expect(await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(22, 24, 29)");
    await expectNoAxeViolations(page);
  });

  for (const view of ["clauses", "scope", "dates"]) {
    test(`axe: ${view} view`, async ({ page }) => {
      await page.goto(`/embed${FEATURED}?view=${view}`);
      await expectNoAxeViolations(page);
    });
  }

  test("bad input gets a clear status", async ({ request }) => {
    expect((await request.get("/embed/compare/us-china-2015/us-china-2015")).status()).toBe(400);
    expect((await request.get("/embed/compare/us-china-2015/nope-2015")).status()).toBe(404);
    expect((await request.get(`/embed${FEATURED}?v=000000000000`)).status()).toBe(404);
    const hostile = await request.get(`/embed${FEATURED}?theme=%3Cscript%3E&rows=%3Cb%3E`);
    expect(hostile.status()).toBe(400);
    expect(await hostile.text()).not.toContain("<script>");
  });
});

test.describe("oEmbed 1.0", () => {
  test("a rich response with the required fields and types", async ({ request }) => {
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}?view=scope`)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Pactdiff", provider_url: ORIGIN });
    expect(typeof body.html).toBe("string");
    // Pinned by default, as the embed builder is; the live code is offered next to it.
    expect(body.pinned).toBe(true);
    expect(body.html).toContain(`src="${ORIGIN}/embed${FEATURED}?view=scope&amp;v=${body.dataset_version}"`);
    expect(body.html_pinned).toBe(body.html);
    expect(body.html_live).toContain(`src="${ORIGIN}/embed${FEATURED}?view=scope"`);
    const live = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${ORIGIN}${FEATURED}?view=scope`)}&pinned=0`)).json();
    expect(live.pinned).toBe(false);
    expect(live.html).toBe(body.html_live);
    expect(Number.isInteger(body.width) && Number.isInteger(body.height)).toBe(true);
    expect(typeof body.title).toBe("string");
    expect(typeof body.cache_age).toBe("number");
  });

  test("honours maxwidth and maxheight", async ({ request }) => {
    const body = await (await request.get(`/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&maxwidth=400&maxheight=300`)).json();
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.height).toBeLessThanOrEqual(300);
    expect(body.html).toContain('height="300"');
  });

  const errors: [string, string, number][] = [
    ["missing url", "/api/oembed", 400],
    ["another site's URL", `/api/oembed?url=${encodeURIComponent(`https://example.org${FEATURED}`)}`, 404],
    ["not embeddable", `/api/oembed?url=${encodeURIComponent(`${ORIGIN}/methodology`)}`, 404],
    ["unknown slug", `/api/oembed?url=${encodeURIComponent(`${ORIGIN}/compare/us-china-2015/nope-2015`)}`, 404],
    ["format=xml", `/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&format=xml`, 501],
    ["bad maxwidth", `/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&maxwidth=-3`, 400],
  ];
  for (const [name, path, status] of errors) {
    test(`${name} → ${status} with the error model`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(Object.keys(body)).toEqual(["error"]);
      expect(typeof body.error.code).toBe("string");
      expect(typeof body.error.message).toBe("string");
    });
  }

  test("compare pages carry the discovery link", async ({ page }) => {
    await page.goto(FEATURED);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
      "href",
      `${ORIGIN}/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&format=json`,
    );
  });
});

test("the embed-code builder updates the code and the live preview", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(FEATURED);
  await page.getByText("Embed this table").click();
  const code = page.getByLabel("Embed code");
  await expect(code).toHaveValue(/<iframe src="http:\/\/localhost:3100\/embed\/compare\/canada-china-2017\/us-china-2015\?v=[0-9a-f]{12}"/);
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByLabel("Live (always the latest data)").check();
  await page.getByRole("checkbox", { name: "Hotline / escalation channel" }).check();
  await expect(code).toHaveValue(/embed\/compare\/canada-china-2017\/us-china-2015\?theme=dark&amp;rows=hotline"/);
  await expect(page.frameLocator('iframe[title^="Preview"]').getByRole("rowheader")).toHaveCount(1);
  await page.getByRole("button", { name: "Copy embed code" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("data-pactdiff-embed");
});
