#!/usr/bin/env bash
# Builds Clientbench if needed and starts the workbench on the embedded database in the per-user data folder,
# filled with 1,000 generated sample customers on the first start
# (CLIENTBENCH_DATA, else $XDG_DATA_HOME/clientbench, else ~/.local/share/clientbench).
# Arguments go to the workbench, e.g. -nl zh for Chinese labels.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
. releng/scripts/packages.sh
ensure_packages $RUN_PACKAGES

PRODUCT="releng/io.clientbench.product/target/products/io.clientbench.product/linux/gtk/x86_64/clientbench"
STAMP="$PRODUCT/.built-from"
sources_changed() {
  [ ! -f "$STAMP" ] && return 0
  [ -n "$(find pom.xml bundles features releng -newer "$STAMP" -type f -not -path '*/target/*' -not -path '*/bin/*' -print -quit)" ]
}
if sources_changed; then
  echo "Building Clientbench (tests skipped; run releng/scripts/test.sh for them)..." >&2
  ./mvnw -B -ntp -q clean verify -Dskip-plugin-tests -Dskip-ui-tests
  date > "$STAMP"
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "No display: run this from a desktop session, or under a virtual one: xvfb-run -a -s '-screen 0 1280x1024x24' $0" >&2
  exit 1
fi
# a first start shows sample customers (set CLIENTBENCH_SAMPLE_DATA=0 to start empty)
export CLIENTBENCH_SAMPLE_DATA="${CLIENTBENCH_SAMPLE_DATA:-1000}"
exec "$PRODUCT/clientbench" "$@"
