#!/usr/bin/env bash
# Runs every Clientbench test: headless OSGi tests and UI tests that start the real workbench under Xvfb.
# Installs what a fresh machine lacks (as root) or says what to install. Extra arguments go to Maven,
# e.g. -Dskip-ui-tests or -Dskip-plugin-tests to skip a tier. Everything written stays inside the clone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
. releng/scripts/packages.sh
ensure_packages $TEST_PACKAGES

export NO_AT_BRIDGE=1   # no accessibility bus under Xvfb
if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  exec ./mvnw -B -ntp clean verify "$@"
fi
# A private X server; -a picks a free display number.
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" ./mvnw -B -ntp clean verify "$@"
