#!/usr/bin/env bash
# Install aikg with its test dependencies (and Debian's Chromium for the browser tests), then run
# lint, type checks and the test suite. The README's test command; .ci/run calls it too.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
bash scripts/install-browser.sh
bash scripts/install-virtuoso.sh

ruff check aikg tests benchmarks scripts training
ruff format --check aikg tests benchmarks scripts training
mypy
python3 -m pytest "$@"
