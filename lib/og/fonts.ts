// The fonts of the preview images ship with the app (Noto Sans SC from @fontsource: Latin, Latin
// extended, Cyrillic, Vietnamese and Chinese, cut in slices by Unicode range), so an image never asks the
// network for a font at render time. next/og fetches a web font for any character its fonts lack, so each
// drawn text keeps only characters a shipped slice holds (others become "?"), and the image gets the slices
// its texts need: a few of the 4.7 MB, read once each.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

const DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");
const FAMILY = "Noto Sans SC";
const FALLBACK = "?";

type Slice = { key: string; ranges: [number, number][] };
let slices: Slice[] | undefined;
const files = new Map<string, Buffer>();

/** The slices and the code points each holds, from the package's unicode.json ("[12]" → file noto-sans-sc-12-…). */
function allSlices(): Slice[] {
  slices ??= Object.entries(JSON.parse(readFileSync(path.join(DIR, "unicode.json"), "utf8")) as Record<string, string>).map(
    ([key, list]) => ({
      key: key.replace(/^\[(\d+)\]$/, "$1"),
      ranges: list.split(",").map((r) => {
        const [a = "", b = a] = r.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(a, 16), parseInt(b, 16)] as [number, number];
      }),
    }),
  );
  // The named slices (Latin, Cyrillic…) first: slice 119 holds the commonest Latin letters too.
  slices.sort((a, b) => Number(/^\d+$/.test(a.key)) - Number(/^\d+$/.test(b.key)));
  return slices;
}

function sliceOf(codePoint: number): Slice | undefined {
  return allSlices().find((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b));
}

/** A text as the preview draws it: emoji and characters no shipped slice holds become "?" (never a font fetch). */
export function drawable(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const keep = cp === 0x20 || (!/\p{Extended_Pictographic}|\p{Cc}/u.test(ch) && sliceOf(cp) !== undefined);
    out += keep ? ch : FALLBACK;
  }
  return out;
}

function file(key: string, weight: 400 | 700): Buffer {
  const name = `noto-sans-sc-${key}-${weight}-normal.woff`;
  let data = files.get(name);
  if (!data) files.set(name, (data = readFileSync(path.join(DIR, "files", name))));
  return data;
}

/** The fonts for these texts: the Latin slice (regular and bold) and every slice one of their characters is in. */
export function fontsFor(texts: string[]) {
  const keys = new Set(["latin"]);
  for (const text of texts) for (const ch of text) keys.add(sliceOf(ch.codePointAt(0)!)?.key ?? "latin");
  return [...keys].flatMap((key) =>
    ([400, 700] as const)
      .filter((weight) => weight === 400 || key === "latin")
      // One name a slice: satori keeps one font a name and weight, and looks for a glyph through every name.
      .map((weight) => ({ name: `${FAMILY} ${key}`, data: file(key, weight), weight, style: "normal" as const })),
  );
}

/** The element with every text made drawable, and the texts it draws. */
export function prepare(node: ReactNode, texts: string[] = []): ReactNode {
  if (typeof node === "string" || typeof node === "number") {
    const text = drawable(String(node));
    texts.push(text);
    return text;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return node;
  const children = node.props.children;
  if (children === undefined) return node;
  const mapped = Children.map(children, (child) => prepare(child, texts));
  return cloneElement(node as ReactElement<{ children?: ReactNode }>, undefined, ...(mapped ?? []));
}

/** A preview image drawn with the shipped fonts only. */
export function previewImage(element: ReactElement, init: ConstructorParameters<typeof ImageResponse>[1]) {
  const texts: string[] = [];
  const drawn = prepare(element, texts) as ReactElement;
  return new ImageResponse(drawn, { ...init, fonts: fontsFor(texts) });
}
