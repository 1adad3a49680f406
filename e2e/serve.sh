#!/usr/bin/env bash
# Started by Playwright (playwright.config.ts): a production build on a throwaway database (a SQLite file, or
# a PostgreSQL database when PACTDIFF_TEST_POSTGRES_URL is set), served on $PORT.
set -euo pipefail
export PACTDIFF_DIST_DIR=".next-e2e"
export NEXT_TELEMETRY_DISABLED=1
export SITE_URL="http://localhost:${PORT}"
rm -rf e2e/.tmp && mkdir -p e2e/.tmp
DATABASE_URL="$(node --import tsx test/reset-db.ts e2e e2e/.tmp)"
export DATABASE_URL
echo $$ > e2e/.tmp/server.pid
npm run --silent db:setup
npm run --silent build
exec node --enable-source-maps "$PACTDIFF_DIST_DIR/pactdiff/server.cjs"
