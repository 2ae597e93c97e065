#!/bin/bash
# A timeline of one `make` run: when each recipe line started and ended (seconds from the start), its wall and CPU
# time (user + system) and peak memory, in start order; then the whole run's wall time and the load average.
# Usage: bash pipeline/tools/timeline.sh [make arguments...]   e.g.
#   bash pipeline/tools/timeline.sh all SOURCES=/tmp/one OUT=/tmp/one-out BUILD=/tmp/one-build
# It runs make with SHELL set to itself (each recipe line runs under /usr/bin/time); lines shorter than 20 ms are left out.
set -u
if [ "${TIMELINE_LOG:-}" ] && [ "$#" -ge 2 ] && [ "${@: -2:1}" = -c ]; then # called by make as its shell: [flags] -c <recipe>
  start=$(date +%s%3N)
  /usr/bin/time -f '%U %S %M' -o "$TIMELINE_LOG.$$" /bin/bash "$@"; rc=$?
  end=$(date +%s%3N)
  printf '%s\t%s\t%s\t%s\n' "$start" "$end" "$(tail -1 "$TIMELINE_LOG.$$")" "$(printf '%s' "${@: -1}" | head -c 100 | tr '\n\t' '  ')" >> "$TIMELINE_LOG"
  rm -f "$TIMELINE_LOG.$$"
  exit $rc
fi
export TIMELINE_LOG; TIMELINE_LOG=$(mktemp)
t0=$(date +%s%3N)
make "$@" SHELL="$(realpath "$0")" >/dev/null; rc=$?
t1=$(date +%s%3N)
sort -n "$TIMELINE_LOG" | awk -F'\t' -v t0="$t0" '{ split($3, c, " "); if ($2 - $1 >= 20) printf "%7.2f %7.2f  wall %6.2f s  cpu %5.2f s  %5d MB  %s\n", ($1 - t0) / 1000, ($2 - t0) / 1000, ($2 - $1) / 1000, c[1] + c[2], c[3] / 1024, $4 }'
printf 'make %s: %.2f s wall, exit %d, load average %s\n' "$*" "$(( t1 - t0 ))e-3" "$rc" "$(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$TIMELINE_LOG"
exit $rc
