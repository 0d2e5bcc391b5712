#!/usr/bin/env bash
# Benchmarks the .eml reader (release build): a few thousand small messages in every transfer
# encoding, one 10 MB quoted-printable and one base64 message, and a short reply with a 50 MB
# attachment. Prints one line per measurement.
# Usage: scripts/bench-eml.sh [OUT_DIR]   (default: bench-out/, regenerated if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
runs=${RUNS:-5}

. scripts/lib/bench-setup.sh
[ -d "$out/eml" ] || python3 scripts/gen_eml_corpus.py "$out"
"$bin" "$out/drafts" >/dev/null 2>&1 || true   # fill the rule cache
rate() { awk -v b="$(stat -c %s "$1")" -v t="$2" 'BEGIN {printf "= %.0f MB/s", b/1048576/(t/1000)}'; }

files=$(ls "$out/eml" | wc -l)
bytes=$(cat "$out"/eml/* | wc -c)
t=$(median_ms "$bin" "$out/drafts"); report "$files .txt drafts (for comparison)" "$t ms" ""
t=$(median_ms "$bin" "$out/eml"); report "$files .eml messages ($((bytes / 1024)) KB)" "$t ms" ""
for big in big-qp.eml big-base64.eml attachment.eml; do
  t=$(median_ms "$bin" "$out/$big"); report "$big ($(( $(stat -c %s "$out/$big") / 1048576 )) MB)" "$t ms" "$(rate "$out/$big" "$t")"
done
t=$(median_ms "$bin" parse "$out/attachment.eml"); report "parse attachment.eml" "$t ms" ""
report "peak RSS, $files .eml messages" "$(peak_mb "$bin" "$out/eml") MB" ""
report "peak RSS, big-qp.eml" "$(peak_mb "$bin" "$out/big-qp.eml") MB" ""
report "peak RSS, attachment.eml" "$(peak_mb "$bin" "$out/attachment.eml") MB" ""
