// Embeds as a CMS leaves them: the frame sandboxed (its messages come from origin "null"), the script
// stripped (the frame's own height must hold the table on a phone), or the frame and script both stripped
// (the linked preview image remains); and oEmbed's sizes, thumbnail and agreement pages.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startHostPage } from "./host-page";

const FEATURED = "/compare/canada-china-2017/us-china-2015";
const ORIGIN = "http://localhost:3100";

async function oembed(request: APIRequestContext, url: string, query = "") {
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}&format=json${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

test.describe("embeds a CMS has changed", () => {
  test("a sandboxed frame still resizes to its content", async ({ page, request }) => {
    const html = String((await oembed(request, `${ORIGIN}${FEATURED}`)).html);
    const host = await startHostPage(() => html.replace("<iframe ", '<iframe sandbox="allow-scripts" '));
    try {
      await page.goto(host.url);
      const iframe = page.locator("iframe[data-pactdiff-embed]");
      const frame = page.frameLocator("iframe[data-pactdiff-embed]");
      await expect(frame.getByRole("table")).toBeVisible();
      const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - content)).toBeLessThan(3);
    } finally {
      await host.close();
    }
  });

  test("without its script, the frame holds the whole table on a 375 px phone", async ({ page, request }) => {
    const html = String((await oembed(request, `${ORIGIN}${FEATURED}`)).html).replace(/<script>[\s\S]*?<\/script>/g, "");
    expect(html).not.toContain("<script>");
    const host = await startHostPage(() => html);
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(host.url);
      const iframe = page.locator("iframe[data-pactdiff-embed]");
      const frame = page.frameLocator("iframe[data-pactdiff-embed]");
      await expect(frame.getByRole("table")).toBeVisible();
      const content = await frame.locator("html").evaluate((el) => el.scrollHeight);
      const box = (await iframe.boundingBox())?.height ?? 0;
      test.info().annotations.push({ type: "frame at 375 px", description: `frame ${box} px, content ${content} px` });
      expect(box).toBeGreaterThanOrEqual(content);
    } finally {
      await host.close();
    }
  });

  test("with the frame and script stripped, the linked preview image remains", async ({ page, request }) => {
    const html = String((await oembed(request, `${ORIGIN}${FEATURED}`)).html)
      .replace(/<script>[\s\S]*?<\/script>/g, "")
      .replace(/<\/?(iframe|noscript)\b[^>]*>/g, "");
    const host = await startHostPage(() => html);
    try {
      await page.goto(host.url);
      const link = page.getByRole("link", { name: /preview of the table/ });
      await expect(link).toHaveAttribute("href", new RegExp(`^${ORIGIN}${FEATURED}\\?v=[0-9a-f]{12}$`));
      const image = link.locator("img");
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    } finally {
      await host.close();
    }
  });
});

test.describe("oEmbed sizes, thumbnail and agreements", () => {
  test("never answers wider than maxwidth; narrower than the narrowest layout is a 501", async ({ request }) => {
    const narrow = await oembed(request, `${ORIGIN}${FEATURED}`, "&maxwidth=220");
    expect(narrow.width).toBe(220);
    const refused = await request.get(`/api/oembed?url=${encodeURIComponent(ORIGIN + FEATURED)}&maxwidth=100`);
    expect(refused.status()).toBe(501);
    expect(Object.keys(await refused.json())).toEqual(["error"]);
  });

  test("the preview image is the thumbnail, and it is a 1200×630 image", async ({ request }) => {
    const body = await oembed(request, `${ORIGIN}${FEATURED}`);
    expect(body).toMatchObject({ thumbnail_width: 1200, thumbnail_height: 630 });
    expect(String(body.thumbnail_url)).toMatch(new RegExp(`^${ORIGIN}/og${FEATURED}\\?v=[0-9a-f]{12}$`));
    const image = await request.get(String(body.thumbnail_url));
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toContain("image/png");
  });

  test("an agreement page answers as a link with its preview image", async ({ request }) => {
    const body = await oembed(request, `${ORIGIN}/agreements/us-china-2015`);
    expect(body).toMatchObject({ version: "1.0", type: "link", provider_name: "Pactdiff" });
    expect(String(body.thumbnail_url)).toContain("/og/agreement/us-china-2015?v=");
    expect((await request.get(String(body.thumbnail_url))).status()).toBe(200);
  });
});
