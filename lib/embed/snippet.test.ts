// The code pasted into a CMS: the listener resizes only our own frames, from our origin or from a sandboxed
// frame's "null" origin when the message comes from that frame's own window; the frame is tall enough on a
// phone without the script; a linked preview image stands in where no script runs.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_RANGE, PAGE_MARGIN, embedSnippet, frameHeights, listenerScript } from "./snippet";

const ORIGIN = "https://pactdiff.example";
type Frame = { src: string; contentWindow: object; style: { height?: string } };
type Handler = (e: { origin: string; source: unknown; data: unknown }) => void;

/** Runs the listener as a host page would, with its frames; returns what it registered for "message". */
function hostPage(frames: Frame[]): Handler {
  let handler: Handler | undefined;
  const addEventListener = (type: string, h: Handler) => {
    if (type === "message") handler = h;
  };
  const document = { querySelectorAll: (selector: string) => (selector === "iframe[data-pactdiff-embed]" ? frames : []) };
  runInNewContext(listenerScript(ORIGIN), { addEventListener, document });
  if (!handler) throw new Error("the listener registered nothing");
  return handler;
}

const frame = (src = `${ORIGIN}/embed/compare/a/b`): Frame => ({ src, contentWindow: {}, style: {} });
const height = (h: unknown) => ({ type: "pactdiff:height", height: h });

describe("listenerScript", () => {
  it("sizes the frame whose own window posted, from our origin", () => {
    const [ours, other] = [frame(), frame()];
    hostPage([ours, other])({ origin: ORIGIN, source: ours.contentWindow, data: height(900.2) });
    expect(ours.style.height).toBe("901px");
    expect(other.style.height).toBeUndefined();
  });

  it("accepts origin null (a sandboxed frame) only from the frame's own window and only when its address is ours", () => {
    const sandboxed = frame();
    const listen = hostPage([sandboxed]);
    listen({ origin: "null", source: {}, data: height(700) });
    expect(sandboxed.style.height).toBeUndefined();
    listen({ origin: "null", source: sandboxed.contentWindow, data: height(700) });
    expect(sandboxed.style.height).toBe("700px");

    const elsewhere = frame("https://elsewhere.example/embed/compare/a/b");
    hostPage([elsewhere])({ origin: "null", source: elsewhere.contentWindow, data: height(700) });
    expect(elsewhere.style.height).toBeUndefined();
  });

  it("refuses other origins, other messages and non-numbers; clamps to the range", () => {
    const f = frame();
    const listen = hostPage([f]);
    listen({ origin: "https://evil.example", source: f.contentWindow, data: height(700) });
    listen({ origin: ORIGIN, source: f.contentWindow, data: { type: "other", height: 700 } });
    listen({ origin: ORIGIN, source: f.contentWindow, data: height("tall") });
    listen({ origin: ORIGIN, source: f.contentWindow, data: null });
    expect(f.style.height).toBeUndefined();
    listen({ origin: "null", source: f.contentWindow, data: height(1e9) });
    expect(f.style.height).toBe(`${EMBED_HEIGHT_RANGE.max}px`);
    listen({ origin: ORIGIN, source: f.contentWindow, data: height(3) });
    expect(f.style.height).toBe(`${EMBED_HEIGHT_RANGE.min}px`);
  });
});

/** A table estimate like the embed's: cards up to a 480 px frame (tall), a table from 481, falling with width. */
const estimate = (width: number) => (width <= 480 ? 700_000 / width : 450_000 / width);

/** Evaluates the CSS height the snippet writes on a screen so wide. */
function cssHeight(style: string, screen: number): number {
  const expr = style.replaceAll("100vw", String(screen)).replaceAll("px", "");
  const fns = { clamp: (a: number, b: number, c: number) => Math.max(a, Math.min(b, c)), max: Math.max, calc: (x: number) => x };
  return runInNewContext(expr, fns) as number;
}

describe("frameHeights", () => {
  it("is never lower than the estimate from a 320 px phone to a desktop column, in CSS as computed", () => {
    const h = frameHeights(estimate);
    for (let screen = 320; screen <= 1600; screen += 7) {
      const frameWidth = Math.min(screen - PAGE_MARGIN, 600);
      expect(cssHeight(h.style, screen)).toBeCloseTo(h.onScreen(screen), 0);
      expect(h.onScreen(screen)).toBeGreaterThanOrEqual(estimate(frameWidth));
    }
    // Without the style (a sanitiser dropped it), the attribute holds the whole table on a 375 px phone.
    expect(h.attribute).toBeGreaterThanOrEqual(estimate(375 - PAGE_MARGIN));
    // … and the CSS is lower on a desktop than on a phone: less space left below the table.
    expect(h.onScreen(1280)).toBeLessThan(h.onScreen(375) / 2);
  });

  it("stays within a maximum height asked for", () => {
    const h = frameHeights(estimate, 500);
    expect(h.attribute).toBe(500);
    expect(cssHeight(h.style, 320)).toBeLessThanOrEqual(500);
  });
});

describe("embedSnippet", () => {
  const fallback = { page: `${ORIGIN}/compare/a/b?v=0123456789ab`, image: `${ORIGIN}/og/compare/a/b?v=0123456789ab` };

  it("writes the frame with its heights, the listener, and the linked preview image in a <noscript>", () => {
    const h = frameHeights(estimate);
    const code = embedSnippet({ src: `${ORIGIN}/embed/compare/a/b`, title: "A vs B · Pactdiff", origin: ORIGIN, height: h, fallback });
    expect(code).toContain(`height="${h.attribute}"`);
    expect(code).toContain(`height:${h.style}`);
    expect(code).toContain(`<script>${listenerScript(ORIGIN)}</script>`);
    const noscript = /<noscript>(.*)<\/noscript>/.exec(code)?.[1] ?? "";
    expect(noscript).toMatch(
      /^<a href="https:\/\/pactdiff\.example\/compare\/a\/b\?v=0123456789ab"><img src="https:\/\/pactdiff\.example\/og\/compare\/a\/b\?v=0123456789ab" alt="A vs B · Pactdiff: preview of the table" width="1200" height="630"/,
    );
  });

  it("leaves a linked image where a sanitiser strips the frame and the script but keeps what is inside tags", () => {
    const code = embedSnippet({ src: `${ORIGIN}/embed/compare/a/b`, title: "A vs B", origin: ORIGIN, fallback });
    const stripped = code
      .replace(/<script>.*?<\/script>/gs, "")
      .replace(/<\/?(iframe|noscript)\b[^>]*>/g, "")
      .trim();
    expect(stripped).toMatch(/^<a href="[^"]+"><img src="[^"]+\/og\/compare\/a\/b\?v=0123456789ab"[^>]*><\/a>$/);
  });

  it("caps the frame at the size asked, escapes the title, and keeps 600 px when no height is given", () => {
    const code = embedSnippet({ src: `${ORIGIN}/embed/compare/a/b`, title: `A "<b>"`, origin: ORIGIN, max: { width: 300, height: 400 } });
    expect(code).toContain("max-width:300px");
    expect(code).toContain("max-height:400px");
    expect(code).toContain('height="600"');
    expect(code).toContain("A &quot;&lt;b&gt;&quot;");
    expect(code).not.toContain("<noscript>");
  });
});
