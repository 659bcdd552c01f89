#!/usr/bin/env bash
# Start-up bench: starts the built product (releng/scripts/run.sh builds it) RUNS times on a fresh data folder and
# reports, per start, the milliseconds from launching the start script to a painted main window, and the median of
# the starts after the first (the first creates the database's tables). Under Xvfb when there is no display.
#   releng/scripts/startup-bench.sh [runs=5]      CLIENTBENCH_VMARGS="..." tries Java options
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
PRODUCT="$ROOT/releng/io.clientbench.product/target/products/io.clientbench.product/linux/gtk/x86_64/clientbench/clientbench"
[ -x "$PRODUCT" ] || { echo "No built product: run releng/scripts/run.sh once (or ./mvnw verify -Dskip-ui-tests)." >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" "$0" "$@"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# a fresh data folder and JVM class archive: start 1 is a first start in every way
export CLIENTBENCH_DATA="$WORK/data" XDG_CACHE_HOME="$WORK/cache" CLIENTBENCH_SAMPLE_DATA=0 NO_AT_BRIDGE=1
export CLIENTBENCH_VMARGS="${CLIENTBENCH_VMARGS:-} -Dclientbench.startupReport=$WORK/report -Dclientbench.exitAfterStartup=true"
TOTALS=()
for run in $(seq 1 "$RUNS"); do
  before=$(date +%s%3N)
  "$PRODUCT" -nl en > "$WORK/run$run.log" 2>&1 || { echo "start $run failed:" >&2; tail -20 "$WORK/run$run.log" >&2; exit 1; }
  line=$(tail -n 1 "$WORK/report")
  ready=$(sed -n 's/^readyAtEpochMs=\([0-9]*\).*/\1/p' <<<"$line")
  total=$((ready - before))
  echo "start $run: ${total} ms from the script to a painted window (ms since the JVM started: ${line#* })"
  [ "$run" -gt 1 ] && TOTALS+=("$total")
done
if [ "${#TOTALS[@]}" -gt 0 ]; then
  median=$(printf '%s\n' "${TOTALS[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
  echo "median of starts 2..$RUNS: ${median} ms (budget 3000 ms)"
fi
