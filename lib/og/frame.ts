// Colours (from the design tokens) and the frame shared by the preview images (Open Graph / Twitter, 1200×630).
import { COLOURS } from "../design-tokens";

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_COLOURS = {
  paper: COLOURS.paper,
  ink: COLOURS.ink,
  muted: COLOURS.muted,
  accent: COLOURS.accent,
  soft: COLOURS["accent-soft"],
  warn: COLOURS.warn,
  ins: COLOURS.ins,
  del: COLOURS.del,
} as const;

/** The page of every preview image: paper, ink, a column with the house margins. */
export const OG_FRAME = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  background: OG_COLOURS.paper,
  color: OG_COLOURS.ink,
  padding: "56px 64px",
} as const;
