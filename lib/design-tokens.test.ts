import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderServicePage } from "./error-page";
import { COLOURS, DARK_COLOURS, tailwindThemeCss } from "./design-tokens";
import { EMBED_CSS } from "./embed/styles";
import { OG_COLOURS } from "./og/frame";

describe("design tokens", () => {
  it("are the site stylesheet's theme: app/tokens.css is written from them (npm run tokens)", () => {
    expect(readFileSync("app/tokens.css", "utf8")).toBe(tailwindThemeCss());
    expect(readFileSync("app/globals.css", "utf8")).toContain('@import "./tokens.css";');
  });

  it("colour the embeds (both themes), the service pages and the preview images", () => {
    for (const value of [COLOURS.ink, COLOURS.accent, COLOURS.ins, COLOURS.del, DARK_COLOURS.paper, DARK_COLOURS.accent])
      expect(EMBED_CSS).toContain(value);
    const page = renderServicePage("Not found", "<p>x</p>");
    for (const value of [COLOURS.paper, COLOURS.ink, COLOURS.accent, COLOURS.rule]) expect(page).toContain(value);
    expect(Object.values(OG_COLOURS).every((value) => Object.values<string>(COLOURS).includes(value))).toBe(true);
  });

  it("hold no colour retyped anywhere else in the code", () => {
    const files = ["app", "components", "lib"]
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
      .filter((f) => /\.(ts|tsx|css)$/.test(f) && !/\.test\.tsx?$|design-tokens\.ts$|app\/tokens\.css$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const retyped = files.filter((f) => /#[0-9a-f]{6}\b|(?<![&\w])#[0-9a-f]{3}\b/i.test(readFileSync(f, "utf8")));
    expect(retyped).toEqual([]);
  });
});
