// Colours and the frame shared by the preview images (Open Graph / Twitter, 1200×630).
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_COLOURS = { paper: "#fbfaf7", ink: "#1d1f24", muted: "#565b66", accent: "#1f4f8f", soft: "#e6eef8", warn: "#8a5a00" } as const;
