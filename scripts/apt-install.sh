#!/bin/sh
# Install Debian packages non-interactively (root, or through sudo): `sh scripts/apt-install.sh
# PACKAGE...`. Shared by install-browser.sh and install-virtuoso.sh; fails with a clear message
# where apt-get is missing.
set -eu

if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-install: apt-get is not available; install these Debian packages by hand: $*" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y "$@"
