import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressBody, negotiateEncoding, renderedBody } from "./cache";

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["identity", "identity"],
    ["", "identity"],
    [null, "identity"],
    ["gzip;q=0", "identity"],
  ])("%s → %s", (accept, expected) => {
    expect(negotiateEncoding(accept)).toBe(expected);
  });
});

describe("embed body cache", () => {
  it("keeps one ETag for all encodings, and the bodies decode to the same HTML", () => {
    const body = compressBody("<p>é 中文</p>".repeat(100));
    const text = Buffer.from(body.bodies.identity).toString();
    expect(gunzipSync(body.bodies.gzip).toString()).toBe(text);
    expect(brotliDecompressSync(body.bodies.br).toString()).toBe(text);
    expect(body.bodies.gzip.length).toBeLessThan(body.bodies.identity.length);
  });

  it("builds once per key", async () => {
    let builds = 0;
    const build = async () => {
      builds++;
      return "<p>x</p>";
    };
    const first = await renderedBody("k-test", build);
    const second = await renderedBody("k-test", build);
    expect(builds).toBe(1);
    expect(second).toBe(first);
    expect(first?.etag).toBe(compressBody("<p>x</p>").etag);
    expect(await renderedBody("k-null", async () => null)).toBeNull();
  });
});
