#!/usr/bin/env bash
# Installs, from Debian's repositories, the programs the tests and the benchmark drive and npm cannot provide:
#   chromium + fonts-noto-cjk  the end-to-end tests and Lighthouse (Playwright's browser download is unreachable)
#   wrk                        the load test and the benchmark's load generator
#   nginx                      the benchmark's reference server and the scale-out recipe (`--with-nginx`)
# Installs only what is missing; prints what to do when it cannot (not root, no apt).
set -euo pipefail
chromium="${CHROME_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium fonts-noto-cjk)
command -v wrk >/dev/null || missing+=(wrk)
if [ "${1:-}" = "--with-nginx" ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # nginx's package starts a system service on port 80; the benchmark runs its own instance.
  if [[ " ${missing[*]} " == *" nginx "* ]]; then (service nginx stop || true) >/dev/null 2>&1; fi
else
  echo "Missing: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or set CHROME_PATH for Chromium." >&2
  exit 1
fi
