#!/usr/bin/env bash
# Started by Playwright (playwright.config.ts): a production build on a throwaway SQLite file, served on $PORT.
set -euo pipefail
export DATABASE_URL="file:./e2e/.tmp/e2e.db"
export PACTDIFF_DIST_DIR=".next-e2e"
export NEXT_TELEMETRY_DISABLED=1
export SITE_URL="http://localhost:${PORT}"
export REVALIDATE_TOKEN="e2e-revalidate-token-0123456789"
rm -rf e2e/.tmp && mkdir -p e2e/.tmp
npm run --silent db:setup
npx next build
exec node --import tsx server.ts
