// Runs the Prisma CLI without letting it download anything. With the JavaScript schema engine on a driver
// adapter (prisma.config.ts) no engine binary is needed, but the CLI checks for them at start: pointing the
// two variables at an existing file makes it skip the download. Telemetry and update checks are off too.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || process.execPath,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_GENERATE_SKIP_AUTOINSTALL: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = require.resolve("prisma/build/index.js");
const args = process.argv.slice(2);
if (args[0] !== "migrate") {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", env });
  process.exit(result.status ?? 1);
}
// Prisma 6 requires `url` in the schema's datasource (generate refuses a schema without one), then warns
// on every migrate command that the url is unused because the config gives an adapter. The schema must keep
// it, so that one warning is taken out of migrate's output; everything else is passed on as it is.
const result = spawnSync(process.execPath, [cli, ...args], { stdio: ["inherit", "pipe", "inherit"], env, encoding: "utf8" });
const UNUSED_URL_WARNING =
  /\n?WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter[\s\S]*?only using driver adapters\.\n/;
process.stdout.write((result.stdout ?? "").replace(UNUSED_URL_WARNING, ""));
process.exit(result.status ?? 1);
