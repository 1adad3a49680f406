// npm run tokens — writes app/tokens.css (the Tailwind theme) from lib/design-tokens.ts. --check: exit 1
// when the file is out of step (the unit tests check the same).
import { readFileSync, writeFileSync } from "node:fs";
import { tailwindThemeCss } from "../lib/design-tokens";

const FILE = "app/tokens.css";
const css = tailwindThemeCss();
if (process.argv.includes("--check")) {
  if (readFileSync(FILE, "utf8") !== css) {
    console.error(`${FILE} is out of step with lib/design-tokens.ts: run npm run tokens`);
    process.exit(1);
  }
} else {
  writeFileSync(FILE, css);
  console.log(`wrote ${FILE}`);
}
