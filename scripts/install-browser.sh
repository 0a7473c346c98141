#!/bin/sh
# Install what the browser tests (tests/test_visual_browser.py, marker "browser") need:
# Debian's chromium package at /usr/bin/chromium and the playwright Python package, which
# drives that browser. Idempotent: does nothing that is already done. Never downloads a browser
# any other way (no `playwright install`).
set -eu

if [ -x /usr/bin/chromium ]; then
    echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
else
    # With recommends: fonts-liberation comes that way, and labels need a font.
    sh "$(dirname "$0")/apt-install.sh" chromium
    echo "chromium: installed ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
fi

PYTHON="${PYTHON:-python3}"
if "$PYTHON" -c "import playwright.sync_api" >/dev/null 2>&1; then
    echo "playwright: already installed"
else
    "$PYTHON" -m pip install "playwright>=1.45"
fi
