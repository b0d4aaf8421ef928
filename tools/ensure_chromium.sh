#!/usr/bin/env bash
# The browser tests drive a headless Chromium. Find one, or install Debian's
# chromium-headless-shell when this user may (root, or passwordless sudo, and
# apt-get), or stop at once with the command to run. `make test` runs this first.
set -euo pipefail

# Where tools/chromium.py looks (CHROMIUM_SEARCH exists for tests/test_tools.py).
found() {
  for browser in "${CHROMIUM:-}" ${CHROMIUM_SEARCH:-/usr/bin/chromium-headless-shell /usr/bin/chromium}; do
    [ -n "$browser" ] && [ -f "$browser" ] && [ -x "$browser" ] && return 0
  done
  [ -z "${CHROMIUM_SEARCH:-}" ] && command -v chromium >/dev/null 2>&1
}

found && exit 0
install="apt-get update && apt-get install -y chromium-headless-shell"
stop() {
  echo "make test: $1" >&2
  echo "Run:  sudo sh -c '$install'" >&2
  echo "(or set CHROMIUM=/path/to/a/Chromium-based/browser)" >&2
  exit 1
}
command -v apt-get >/dev/null 2>&1 || stop "the browser tests need a headless Chromium, and none is installed."
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif sudo -n true 2>/dev/null; then
  sudo="sudo"
else
  stop "the browser tests need a headless Chromium, none is installed, and this user cannot install it."
fi
echo "make test: no headless Chromium found; installing Debian's chromium-headless-shell" >&2
$sudo apt-get update -qq || stop "apt-get update failed, so the headless Chromium was not installed."
$sudo apt-get install -y -qq chromium-headless-shell >/dev/null || stop "apt-get install failed."
found || stop "chromium-headless-shell was installed, but no browser is where the tests look."
