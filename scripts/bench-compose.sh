#!/usr/bin/env bash
# Benchmarks `replylint compose` (release build) on the labelled messages of
# fixtures/compose/messages: median and worst wall time of one run per message, start-up
# included (target <=20 ms per message), and peak RSS.
# Usage: scripts/bench-compose.sh   (RUNS=5 runs per message by default)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}

swift build -c release --product replylint >/dev/null
bin=.build/release/replylint

times=()
for message in fixtures/compose/messages/*; do
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" compose --incoming "$message" --format json >/dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$(ls fixtures/compose/messages | wc -l)" '
  {a[NR]=$1} END {printf "compose, %d messages: median %.1f ms, p95 %.1f ms, worst %.1f ms per message (target <=20 ms)\n", n, a[int((NR+1)/2)]/1000, a[int(NR*0.95)]/1000, a[NR]/1000}'
rss=$(/usr/bin/time -f '%M' "$bin" compose --incoming fixtures/compose/messages/review-06.txt 2>&1 >/dev/null | tail -1)
printf 'compose, peak RSS: %.1f MB\n' "$(echo "$rss / 1024" | bc -l)"
