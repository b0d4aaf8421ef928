#!/usr/bin/env bash
# The browser tests drive a headless Chromium. Find one, or install Debian's
# chromium-headless-shell when this user may (root, or passwordless sudo, and
# apt-get), or stop at once with the command to run. `make test` runs this first.
set -euo pipefail
# The places tools/chromium.py looks (CHROMIUM_SEARCH exists for the tests).
for browser in "${CHROMIUM:-}" ${CHROMIUM_SEARCH:-/usr/bin/chromium-headless-shell /usr/bin/chromium}; do
  [ -n "$browser" ] && [ -x "$browser" ] && exit 0
done
install="apt-get update && apt-get install -y chromium-headless-shell"
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" != "none" ]; then
    echo "make test: no headless Chromium found; installing Debian's chromium-headless-shell" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium-headless-shell >/dev/null
    exit 0
  fi
fi
echo "make test: the browser tests need a headless Chromium, and none is installed." >&2
echo "Run:  sudo sh -c '$install'" >&2
echo "(or set CHROMIUM=/path/to/a/Chromium-based/browser)" >&2
exit 1
