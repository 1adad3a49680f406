// Security headers on every kind of response the production server sends, and the app pages' CSP: no
// 'unsafe-inline' scripts, and exactly the page's own inline scripts allowed by hash (the browser agrees).
import { createHash } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";

const BASE_HEADERS = ["x-content-type-options", "referrer-policy", "permissions-policy"];

function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers: { "accept-encoding": "identity", ...headers } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1]!))
    .map((m) => `'sha256-${createHash("sha256").update(m[2]!, "utf8").digest("base64")}'`);
}

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

const port = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

test("every kind of response carries the base security headers", async ({ baseURL }) => {
  const home = await rawGet(port(baseURL), "/");
  const chunk = home.body.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(chunk).toBeTruthy();
  const paths: [string, number][] = [
    ["/", 200],
    ["/agreements?q=china", 200],
    ["/agreements/us-china-2015", 200],
    ["/compare/us-china-2015/canada-china-2017", 200],
    ["/compare/us-china-2015/nope", 404],
    ["/compare/us-china-2015/us-china-2015", 400],
    ["/agreements/%E0%A4%A", 400],
    ["/no-such-page", 404],
    ["/embed/compare/us-china-2015/canada-china-2017", 200],
    ["/api/v1/agreements", 200],
    ["/api/v1/agreements/nope", 404],
    ["/api/oembed?url=x", 404],
    ["/og/compare/us-china-2015/canada-china-2017", 200],
    ["/og/compare/nope/x", 404],
    [chunk!, 200],
    ["/favicon.ico", 200],
  ];
  for (const [path, status] of paths) {
    const r = await rawGet(port(baseURL), path);
    expect(r.status, path).toBe(status);
    for (const name of BASE_HEADERS) expect(r.headers[name], `${name} on ${path}`).toBeTruthy();
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["permissions-policy"]).toContain("camera=()");
    expect(r.headers["strict-transport-security"], `no HSTS over plain HTTP: ${path}`).toBeUndefined();
  }
});

test("app pages: a CSP that allows exactly their inline scripts, by hash, and no unsafe-inline script", async ({ baseURL }) => {
  for (const path of [
    "/",
    "/agreements",
    "/agreements?q=china",
    "/agreements/us-china-2015",
    "/compare/us-china-2015/canada-china-2017?view=scope",
    "/no-such-page",
  ]) {
    const r = await rawGet(port(baseURL), path);
    const csp = String(r.headers["content-security-policy"]);
    const scriptSrc = directive(csp, "script-src");
    expect(scriptSrc, path).toBeTruthy();
    expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(r.headers["x-frame-options"], path).toBe("SAMEORIGIN");
    const hashes = inlineScriptHashes(r.body);
    expect(hashes.length, path).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSrc, `${path} allows ${hash}`).toContain(hash);
  }
});

test("embeds keep their own policy: framable anywhere, one hashed script", async ({ baseURL }) => {
  const r = await rawGet(port(baseURL), "/embed/compare/us-china-2015/canada-china-2017");
  const csp = String(r.headers["content-security-policy"]);
  expect(csp).toContain("frame-ancestors *");
  expect(directive(csp, "script-src")).toBe(`script-src ${inlineScriptHashes(r.body).join(" ")}`);
  expect(r.headers["x-frame-options"]).toBeUndefined();
});

test("HSTS only when the request came over HTTPS (a proxy on this machine says so)", async ({ baseURL }) => {
  for (const path of ["/", "/compare/us-china-2015/canada-china-2017", "/api/v1/agreements"]) {
    const r = await rawGet(port(baseURL), path, { "x-forwarded-proto": "https" });
    expect(r.headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
});

test("the browser runs the pages under their CSP without a single violation", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of ["/", "/agreements/us-china-2015", "/compare/us-china-2015/canada-china-2017", "/agreements?q=china"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
  }
  // Client-side navigation (hydrated React) still works under the policy.
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Agreements" }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
