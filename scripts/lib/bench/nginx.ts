// The benchmark's machine limit (scripts/bench.ts): nginx from Debian sending the very same bytes, precompressed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export function nginxBinary(): string {
  return spawnSync("sh", ["-c", "command -v nginx || echo /usr/sbin/nginx"], { encoding: "utf8" }).stdout.trim().split("\n")[0]!;
}

/** nginx serving the given bodies (and their gzip copies) from WORK/nginx on 127.0.0.1:port. */
export function startNginx(files: { name: string; identity: Buffer }[], WORK: string, NGINX_PORT: number): ChildProcess {
  const root = path.join(WORK, "nginx", "root");
  rmSync(path.join(WORK, "nginx"), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of files) {
    writeFileSync(path.join(root, f.name), f.identity);
    writeFileSync(path.join(root, `${f.name}.gz`), gzipSync(f.identity, { level: 9 }));
  }
  const conf = path.join(WORK, "nginx", "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes auto;
daemon off;
error_log ${WORK}/nginx/error.log warn;
pid ${WORK}/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  default_type text/html;
  gzip_static on;
  client_body_temp_path ${WORK}/nginx/tmp; proxy_temp_path ${WORK}/nginx/tmp; fastcgi_temp_path ${WORK}/nginx/tmp;
  uwsgi_temp_path ${WORK}/nginx/tmp; scgi_temp_path ${WORK}/nginx/tmp;
  server { listen 127.0.0.1:${NGINX_PORT}; root ${root}; location / { etag on; } }
}
`,
  );
  mkdirSync(path.join(WORK, "nginx", "tmp"), { recursive: true });
  return spawn(nginxBinary(), ["-c", conf, "-e", `${WORK}/nginx/error.log`], { stdio: "inherit" });
}
