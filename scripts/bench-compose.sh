#!/usr/bin/env bash
# Benchmarks `replylint compose` (release build) on the labelled messages of
# fixtures/compose/messages. Each run is a new process, so its time includes start-up and
# loading the rules; the same message linted as a draft (`replylint lint MSG`) gives that
# baseline, and the difference is what compose adds to a run.
# Then ComposeBench times compose alone in one process (ROUNDS rounds over all messages).
# Usage: scripts/bench-compose.sh   (RUNS=5 runs per message, ROUNDS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}

[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product replylint >/dev/null
bin=.build/release/replylint

# Median wall time in microseconds of RUNS runs of a command over every message.
median_us() {
  local times=()
  for message in fixtures/compose/messages/*; do
    for _ in $(seq "$runs"); do
      local start end
      start=${EPOCHREALTIME/[.,]/}
      "$bin" "$@" "$message" >/dev/null 2>&1 || [ $? -eq 1 ]
      end=${EPOCHREALTIME/[.,]/}
      times+=($(( end - start )))
    done
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

messages=$(ls fixtures/compose/messages | wc -l)
compose=$(median_us compose --format json --incoming)
lint=$(median_us lint)
awk -v c="$compose" -v l="$lint" -v n="$messages" 'BEGIN {
  printf "compose, %d messages: %.1f ms per message (new process each)\n", n, c / 1000
  printf "lint of the same message as a draft (start-up + rules): %.1f ms\n", l / 1000
  printf "compose over lint (loading compose data, composing, self-check): %.1f ms per run\n", (c - l) / 1000
}'
rss=$(/usr/bin/time -f '%M' "$bin" compose --incoming fixtures/compose/messages/review-06.txt 2>&1 >/dev/null | tail -1)
awk -v r="$rss" 'BEGIN {printf "compose, peak RSS: %.1f MB\n", r / 1024}'

# Compose alone, in one process (no start-up or loading in the time per message).
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --product ComposeBench >/dev/null
.build/release/ComposeBench "${ROUNDS:-5}" fixtures/compose/messages/*
