// Renders deploy/nginx.conf for N instances: npx tsx scripts/render-nginx.ts WORK LISTEN UPSTREAM… > nginx.conf
// (e.g. bench/.tmp/scale-out 127.0.0.1:3500 127.0.0.1:3501 127.0.0.1:3502). Used by scripts/scale-out.sh and
// the end-to-end tests, so that what is tested is the tracked configuration. Run from the project root.
import { readFileSync } from "node:fs";
import path from "node:path";

export function renderNginxConf(work: string, listen: string, upstreams: readonly string[]): string {
  const template = readFileSync(path.resolve("deploy", "nginx.conf"), "utf8");
  const values: Record<string, string> = {
    WORK: path.resolve(work),
    LISTEN: listen,
    UPSTREAMS: upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=5s;`).join("\n"),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf: unknown placeholder {{${name}}}`);
    return value;
  });
}

if (process.argv[1]?.endsWith(path.join("scripts", "render-nginx.ts"))) {
  const [work, listen, ...upstreams] = process.argv.slice(2);
  if (!work || !listen || upstreams.length === 0) {
    console.error("usage: tsx scripts/render-nginx.ts WORK LISTEN UPSTREAM…");
    process.exit(2);
  }
  process.stdout.write(renderNginxConf(work, listen, upstreams));
}
