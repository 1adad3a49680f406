#!/usr/bin/env bash
# The README's first line as a newcomer runs it, after the install: `npm start` on a port of its own with
# SITE_URL unset must serve (building first if the sources changed), say which origin it uses, and write
# that origin into its links. Then the built server, started on a database that was never set up, must stop
# at once and name the migration it lacks. Run by .ci/run after the build; usage: bash scripts/smoke-start.sh [port]
set -euo pipefail
port="${1:-4321}"
log="$(mktemp)"
unset SITE_URL
PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
empty="$(mktemp)"
trap 'kill -- -"$pid" 2>/dev/null || true; rm -f "$log" "$empty"' EXIT
for _ in $(seq 1 300); do
  grep -q "Pactdiff ready" "$log" && break
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "npm start exited before serving"; exit 1; fi
  sleep 1
done
grep -q "Pactdiff ready on http://localhost:$port" "$log" || { cat "$log"; echo "npm start did not become ready"; exit 1; }
grep -q "oEmbed use http://localhost:$port (the port served" "$log" || { cat "$log"; echo "no origin line at start"; exit 1; }
page="$(curl -fsS "http://localhost:$port/agreements")"
grep -q "<link rel=\"canonical\" href=\"http://localhost:$port/agreements\"/>" <<<"$page" || { echo "canonical link does not use port $port"; exit 1; }
echo "npm start served on port $port with links to http://localhost:$port"

first="$(ls prisma/migrations | grep -E '^[0-9]{14}_' | sort | head -n 1)"
if out="$(DATABASE_URL="file:$empty" PORT=$((port + 1)) timeout 60 node "${PACTDIFF_DIST_DIR:-.next}/pactdiff/server.cjs" 2>&1)"; then
  echo "the server started on a database without migrations"; exit 1
fi
grep -q "lacks migration $first" <<<"$out" || { echo "$out"; echo "no message naming the missing migration $first"; exit 1; }
echo "a database without migrations stops the start: $(grep -m1 "lacks migration" <<<"$out")"
