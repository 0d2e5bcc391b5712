#!/usr/bin/env bash
# Benchmarks replylint (release build) against the targets in the issues:
#   2,000 drafts in <=100 ms, >=50 MB/s on a 10 MB file, <=15 ms for a one-line
#   draft, peak RSS <=30 MB. Prints one line per measurement.
# Usage: scripts/bench.sh [OUT_DIR]   (default: bench-out/, regenerated if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
runs=${RUNS:-10}

. scripts/lib/bench-setup.sh
"$bin" "$out/one-line.txt" >/dev/null 2>&1 || true   # fill the rule cache

files=$(ls "$out/drafts" | wc -l)
bytes=$(cat "$out"/drafts/* | wc -c)
big=$(stat -c %s "$out/big.txt")

t=$(median_ms "$bin" "$out/drafts"); report "$files drafts ($((bytes / 1024)) KB)" "$t ms" "(target <=100 ms)"
t=$(median_ms "$bin" --format json "$out/drafts"); report "$files drafts, --format json" "$t ms" ""
t=$(median_ms "$bin" "$out/one-line.txt"); report "one-line draft" "$t ms" "(target <=15 ms)"
t=$(REPLYLINT_CACHE=off median_ms "$bin" "$out/one-line.txt"); report "one-line draft, no rule cache" "$t ms" "(first run after a build)"
t=$(median_ms "$bin" --version); report "replylint --version (process start)" "$t ms" ""
t=$(median_ms "$bin" "$out/big.txt")
report "10 MB file" "$t ms" "$(awk -v b="$big" -v t="$t" 'BEGIN {printf "= %.0f MB/s (target >=50)", b/1048576/(t/1000)}')"
for extra in ${BENCH_EXTRA:-}; do
  [ -e "$extra" ] && { t=$(median_ms "$bin" "$extra"); report "$extra" "$t ms" ""; }
done
report "peak RSS, one-line draft" "$(peak_mb "$bin" "$out/one-line.txt") MB" "(target <=30 MB)"
report "peak RSS, $files drafts" "$(peak_mb "$bin" "$out/drafts") MB" "(target <=30 MB)"
report "peak RSS, 10 MB file" "$(peak_mb "$bin" "$out/big.txt") MB" ""
