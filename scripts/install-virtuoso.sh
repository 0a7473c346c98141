#!/bin/sh
# Install what the remote-store tests (tests/test_remote_store.py) need: Debian's
# virtuoso-opensource package, whose `virtuoso-t` the tests start themselves, in the foreground,
# on free ports of 127.0.0.1 with a database in a temporary folder. Idempotent: does nothing that
# is already done. The package's own service is stopped and not left running on the default ports
# (1111, 8890): the tests never use it, and it would hold memory for nothing.
set -eu

if command -v virtuoso-t >/dev/null 2>&1; then
    echo "virtuoso: already installed ($(virtuoso-t -? 2>&1 | grep -m1 -i version || echo unknown version))"
    exit 0
fi
# The package asks for a DBA password through debconf; non-interactive installs keep the default.
sh "$(dirname "$0")/apt-install.sh" virtuoso-opensource
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
for service in virtuoso-opensource-7 virtuoso-opensource-6.1; do
    if [ -x "/etc/init.d/$service" ]; then
        $SUDO "/etc/init.d/$service" stop >/dev/null 2>&1 || true
    fi
done
echo "virtuoso: installed ($(virtuoso-t -? 2>&1 | grep -m1 -i version || echo unknown version))"
