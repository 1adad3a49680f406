import { createHash } from "node:crypto";
import { EMBED_SCRIPT } from "./styles";

const scriptHash = createHash("sha256").update(EMBED_SCRIPT).digest("base64");

/**
 * Embeds may be framed by any site (that is their purpose), stated explicitly; everything else in the
 * page is locked down: no script but the height poster (by hash), no network access but links.
 */
export const EMBED_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${scriptHash}'`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");
