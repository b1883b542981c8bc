#!/usr/bin/env bash
# What the browser tests (tests/browser) need, installed only where missing:
#   - Debian's chromium (Playwright drives this system browser; it never downloads one),
#   - the pinned `playwright` package in .venv (its driver talks to the browser),
#   - the dashboard's front-end files from npm (package.json), copied into
#     src/strife/serve/static/vendor by `python -m strife.serve.vendor`.
# Idempotent; runs as root (CI) or as a user with sudo. Needs .venv (`make setup`) first.
set -euo pipefail
cd "$(dirname "$0")/.."

PLAYWRIGHT_PIN="playwright==1.65.2"
if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi

if ! command -v chromium >/dev/null 2>&1; then
    echo "browser.sh: installing chromium from Debian" >&2
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    echo "browser.sh: no .venv here; run \`make setup\` first" >&2
    exit 1
fi
if ! .venv/bin/python -c "import playwright.sync_api" >/dev/null 2>&1; then
    echo "browser.sh: installing $PLAYWRIGHT_PIN" >&2
    .venv/bin/python -m pip install --quiet "$PLAYWRIGHT_PIN"
fi

if ! .venv/bin/python -c "import sys; from strife.serve.vendor import vendor_ready; sys.exit(not vendor_ready())"; then
    echo "browser.sh: installing the dashboard's npm files" >&2
    npm ci --no-audit --no-fund --loglevel=error
    .venv/bin/python -m strife.serve.vendor
fi
echo "browser.sh: chromium $(chromium --version 2>/dev/null | awk '{print $2}') and playwright ready" >&2
