// What a client finds from an agreement page's own address (lib/catalogue/agreement-metadata.ts): the page's
// <head> announces its oEmbed answer and its JSON with <link rel="alternate">, latest and pinned, and each
// announced address answers 200 with the type it was announced as.
import { expect, test, type Page } from "@playwright/test";

const AGREEMENT = "/agreements/us-china-2015";

/** The address a <link rel="alternate"> of this type announces (exactly one). */
async function alternate(page: Page, type: string): Promise<string> {
  const links = page.locator(`head link[rel="alternate"][type="${type}"]`);
  await expect(links).toHaveCount(1);
  return (await links.getAttribute("href"))!;
}

for (const pinned of [false, true]) {
  test(`an agreement page${pinned ? " pinned to its version" : ""} announces its oEmbed and JSON, and both answer`, async ({
    page,
    request,
  }) => {
    const { dataset_version: id } = (await (await request.get(`/api/v1${AGREEMENT}`)).json()) as { dataset_version: string };
    await page.goto(pinned ? `${AGREEMENT}?v=${id}` : AGREEMENT);

    const oembed = await request.get(await alternate(page, "application/json+oembed"));
    expect(oembed.status()).toBe(200);
    expect(oembed.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await oembed.json()).toMatchObject({ version: "1.0", type: "link", title: expect.stringContaining("US–China 2015") });

    const address = await alternate(page, "application/json");
    expect(address).toContain(`/api/v1/agreements/us-china-2015${pinned ? `?v=${id}` : ""}`);
    const json = await request.get(address);
    expect(json.status()).toBe(200);
    expect(json.headers()["content-type"]).toMatch(/^application\/json/);
    expect(JSON.stringify(await json.json())).toContain('"us-china-2015"');
  });
}
