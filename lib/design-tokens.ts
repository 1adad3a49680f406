// The house design tokens (../shared/STYLE.md), once: the site's stylesheet (app/tokens.css, written from
// here by `npm run tokens`; a test keeps it in step), the embeds' stylesheet, the service pages, the SVG
// charts and the preview images all take their colours and type from this module.

/** The light palette: paper and ink, a blue accent, green insertions, red deletions, amber warnings. */
export const COLOURS = {
  paper: "#fbfaf7",
  ink: "#1d1f24",
  muted: "#565b66",
  rule: "#d9d6cf",
  accent: "#1f4f8f",
  "accent-soft": "#e6eef8",
  "accent-rule": "#b9cbe3",
  ins: "#0d6b3a",
  "ins-bg": "#dff3e6",
  del: "#a1261c",
  "del-bg": "#fbe3df",
  warn: "#7a4d00",
  "warn-bg": "#fdf1d8",
  white: "#ffffff",
  /** A fourth hue for charts that tell up to four agreements apart (with accent, warn and ins). */
  plum: "#6b2d8f",
} as const;

/** The embeds' dark theme (theme=dark, or theme=auto on a dark system): the same roles, lightened. */
export const DARK_COLOURS = {
  paper: "#16181d",
  ink: "#e9e7e2",
  muted: "#a9adb7",
  rule: "#3a3d45",
  accent: "#8fb6ee",
  "accent-soft": "#1f2a3a",
  ins: "#8fe0b0",
  "ins-bg": "#173326",
  del: "#f3a79e",
  "del-bg": "#3b1d1a",
  "warn-bg": "#3a2f17",
} as const;

/** Lane colours of the timeline and other per-agreement marks, in agreement order. */
export const LANE_COLOURS = [COLOURS.accent, COLOURS.warn, COLOURS.ins, COLOURS.plum] as const;

export const FONTS = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  serif: '"Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", "Liberation Serif", Georgia, serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
} as const;

/** The Tailwind theme (app/tokens.css): --color-* and --font-* variables, hence bg-paper, text-ink, font-serif… */
export function tailwindThemeCss(): string {
  const lines = [
    "/* Written by `npm run tokens` from lib/design-tokens.ts: edit the tokens there, not here. */",
    "@theme {",
    ...Object.entries(FONTS).map(([name, value]) => `  --font-${name}: ${value};`),
    "",
    ...Object.entries(COLOURS).map(([name, value]) => `  --color-${name}: ${value};`),
    "}",
    "",
  ];
  return lines.join("\n");
}
