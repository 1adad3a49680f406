#!/usr/bin/env bash
# npm run scale-out — the scale-out recipe, run on this machine: N stateless Pactdiff instances (default 2)
# on one PostgreSQL, behind nginx with a shared cache for pages, embeds and the API.
#
#   DATABASE_URL=postgresql://…  (default: the local test server, created by scripts/ensure-postgres.sh)
#   INSTANCES=2  FRONT_PORT=3500  FIRST_PORT=3501
#   npm run scale-out                    start everything, print the URLs, stay in the foreground (Ctrl-C stops)
#   npm run scale-out -- --bench         start, run `npm run bench -- --url=http://127.0.0.1:$FRONT_PORT`, stop
#
# What is shared: only PostgreSQL. Each instance has its own copy of the build (Next.js writes regenerated
# pages into its build folder) and its own in-process front cache; nginx caches 200s for 10 s in front of
# all of them, serves stale copies while an instance is down or busy, and balances on least connections.
set -euo pipefail
cd "$(dirname "$0")/.."
INSTANCES="${INSTANCES:-2}"
FRONT_PORT="${FRONT_PORT:-3500}"
FIRST_PORT="${FIRST_PORT:-3501}"
WORK="$(pwd)/bench/.tmp/scale-out"
export NEXT_TELEMETRY_DISABLED=1

if [ -z "${DATABASE_URL:-}" ]; then
  bash scripts/ensure-postgres.sh
  su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'pactdiff_scale'\"" | grep -q 1 \
    || su postgres -c "psql -qc 'CREATE DATABASE pactdiff_scale OWNER pactdiff'"
  export DATABASE_URL="postgresql://pactdiff:pactdiff@127.0.0.1:5432/pactdiff_scale"
fi
case "$DATABASE_URL" in postgres://*|postgresql://*) ;; *) echo "The scale-out recipe needs a PostgreSQL DATABASE_URL." >&2; exit 1 ;; esac
[ "$(id -u)" = "0" ] && bash scripts/ensure-tools.sh --with-nginx

# One migration + import, one build; every instance starts from a copy of it.
npm run --silent db:setup
PACTDIFF_DIST_DIR=.next-scale npx next build >/dev/null
rm -rf "$WORK" && mkdir -p "$WORK/cache" "$WORK/tmp"

pids=()
upstreams=""
urls=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  kill "$(cat "$WORK/nginx.pid" 2>/dev/null)" 2>/dev/null || true
  for i in $(seq 1 "$INSTANCES"); do rm -rf ".next-scale-$i"; done
}
trap cleanup EXIT INT TERM

for i in $(seq 1 "$INSTANCES"); do
  port=$((FIRST_PORT + i - 1))
  rm -rf ".next-scale-$i" && cp -r .next-scale ".next-scale-$i"
  PACTDIFF_DIST_DIR=".next-scale-$i" PORT="$port" HOSTNAME=127.0.0.1 SITE_URL="http://127.0.0.1:$FRONT_PORT" \
    node --import tsx server.ts >"$WORK/instance-$i.log" 2>&1 &
  pids+=("$!")
  upstreams+="    server 127.0.0.1:$port max_fails=3 fail_timeout=5s;"$'\n'
  urls+="${urls:+,}http://127.0.0.1:$port"
done

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  upstream pactdiff {
    least_conn;
$upstreams    keepalive 64;
  }
  # One cached copy per URL and encoding (the instances send br, gzip or identity).
  map \$http_accept_encoding \$pactdiff_encoding { ~*\\bbr\\b br; ~*\\bgzip\\b gzip; default ""; }
  # Never cache what the instance marks private (dynamic pages), nor Next.js's client-navigation requests.
  map \$upstream_http_cache_control \$pactdiff_private { ~*(private|no-store|no-cache) 1; default 0; }
  map "\$http_rsc\$http_next_router_prefetch\$http_next_router_state_tree\$arg__rsc\$http_cookie\$http_authorization" \$pactdiff_bypass { "" 0; default 1; }
  proxy_cache_path $WORK/cache levels=1:2 keys_zone=pactdiff:16m max_size=512m inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:$FRONT_PORT;
    location / {
      proxy_pass http://pactdiff;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header Accept-Encoding \$pactdiff_encoding;
      proxy_cache pactdiff;
      proxy_cache_key "\$request_uri|\$pactdiff_encoding";
      proxy_cache_methods GET HEAD;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 10s;
      proxy_no_cache \$pactdiff_private \$pactdiff_bypass;
      proxy_cache_bypass \$pactdiff_bypass;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Cache \$upstream_cache_status always;
    }
  }
}
NGINX

nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
"$nginx_bin" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" &
pids+=("$!")

for i in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$FRONT_PORT/compare/us-china-2015/canada-china-2017" 2>/dev/null && break
  sleep 1
done
echo "Pactdiff: $INSTANCES instances ($urls) behind nginx on http://127.0.0.1:$FRONT_PORT"
echo "After an import, revalidate every instance: REVALIDATE_URL=$urls REVALIDATE_TOKEN=… npm run db:import"

if [ "${1:-}" = "--bench" ]; then
  shift
  npm run --silent bench -- --url="http://127.0.0.1:$FRONT_PORT" --name=scale-out --label="scale-out: $INSTANCES instances + nginx cache, PostgreSQL" "$@"
else
  wait
fi
