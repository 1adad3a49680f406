#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is unreachable here).
# Installs it with apt when it is missing; prints what to do when it cannot.
set -euo pipefail
chromium="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chromium: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
else
  echo "Chromium not found at $chromium. Install it (sudo apt-get install chromium) or set CHROME_PATH." >&2
  exit 1
fi
