#!/usr/bin/env bash
# npm run scale-out — the scale-out recipe, run on this machine: N stateless Pactdiff instances (default 2)
# on one PostgreSQL, behind nginx with a shared cache for pages, embeds and the API.
#
#   DATABASE_URL=postgresql://…  (default: the local test server, created by scripts/ensure-postgres.sh)
#   INSTANCES=2  FRONT_PORT=3500  FIRST_PORT=3501
#   npm run scale-out                    start everything, print the URLs, stay in the foreground (Ctrl-C stops)
#   npm run scale-out -- --bench         start, run `npm run bench -- --url=http://127.0.0.1:$FRONT_PORT`, stop
#
# What is shared: PostgreSQL and the build (read-only: nothing is prerendered or regenerated into it). Each
# instance polls the dataset version and keeps its own in-process front cache; nginx (deploy/nginx.conf)
# caches what the instances mark shareable for as long as their Cache-Control says, serves stale copies while
# an instance is down or busy, and balances on least connections.
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
# The benchmark's reference page (/bench-reference) is built only for a benchmark run: app/bench-reference.
if [ "${1:-}" = "--bench" ]; then export PACTDIFF_BENCH_REFERENCE=1; fi
PACTDIFF_DIST_DIR=.next-scale npm run --silent build >/dev/null
rm -rf "$WORK" && mkdir -p "$WORK/cache" "$WORK/tmp"

pids=()
upstreams=""
urls=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  kill "$(cat "$WORK/nginx.pid" 2>/dev/null)" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

for i in $(seq 1 "$INSTANCES"); do
  port=$((FIRST_PORT + i - 1))
  PACTDIFF_DIST_DIR=".next-scale" PORT="$port" HOSTNAME=127.0.0.1 SITE_URL="http://127.0.0.1:$FRONT_PORT" \
    node --enable-source-maps .next-scale/pactdiff/server.cjs >"$WORK/instance-$i.log" 2>&1 &
  pids+=("$!")
  upstreams+=" 127.0.0.1:$port"
  urls+="${urls:+,}http://127.0.0.1:$port"
done

npx tsx scripts/render-nginx.ts "$WORK" "127.0.0.1:$FRONT_PORT" $upstreams >"$WORK/nginx.conf"

nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
"$nginx_bin" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" &
pids+=("$!")

for i in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$FRONT_PORT/compare/us-china-2015/canada-china-2017" 2>/dev/null && break
  sleep 1
done
echo "Pactdiff: $INSTANCES instances ($urls) behind nginx on http://127.0.0.1:$FRONT_PORT"
echo "An import (DATABASE_URL=$DATABASE_URL npm run db:import) shows on every instance within seconds."

if [ "${1:-}" = "--bench" ]; then
  shift
  npm run --silent bench -- --url="http://127.0.0.1:$FRONT_PORT" --name=scale-out --label="scale-out: $INSTANCES instances + nginx cache, PostgreSQL" "$@"
else
  wait
fi
