// Preview images draw with the fonts shipped in node_modules: never a web font fetched at render time.
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { drawable, fontsFor, previewImage } from "./fonts";

afterEach(() => vi.restoreAllMocks());

describe("preview-image fonts", () => {
  it("keeps Latin, Cyrillic and Chinese; replaces emoji and characters no shipped font holds", () => {
    expect(drawable("中加 — Канада «Canada» · R&D")).toBe("中加 — Канада «Canada» · R&D");
    expect(drawable("Treaty 🙂 ᚠ\u0001")).toBe("Treaty ? ??");
  });

  it("gives each text the slices it needs, and only those", () => {
    const latin = fontsFor(["Budapest Convention"]);
    expect(latin.map((f) => f.weight)).toEqual([400, 700]);
    const chinese = fontsFor(["中美网络安全"]);
    expect(chinese.length).toBeGreaterThan(2);
    expect(chinese.every((f) => f.data.byteLength < 200_000)).toBe(true);
  });

  it("renders a Chinese title without asking the network for a font", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const png = async (title: string) =>
      Buffer.from(
        await previewImage(createElement("div", { style: { display: "flex", fontSize: 64 } }, title), {
          width: 600,
          height: 200,
        }).arrayBuffer(),
      );
    const drawn = await png("中华人民共和国政府");
    expect(drawn.subarray(1, 4).toString()).toBe("PNG");
    expect(drawn.equals(await png("?????????"))).toBe(false);
    // (next/og reads its own WebAssembly from a data: URL; nothing else may be fetched)
    expect(
      fetch.mock.calls.map(([url]) => (url instanceof Request ? url.url : url.toString())).filter((url) => !url.startsWith("data:")),
    ).toEqual([]);
  });
});
