#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer)
# and runs each for a fixed number of executions, seeded from fixtures/.
#
#   scripts/fuzz.sh [RUNS] [TARGET...]      RUNS per target (default 20000); targets:
#                                           FuzzPlainText FuzzHTML FuzzMIME (read and lint),
#                                           FuzzReadPlainText FuzzReadHTML FuzzReadMIME (read only)
#                                           (default: all six)
#   FUZZ_SECONDS=N scripts/fuzz.sh ...      also stop each target after N seconds
#   FUZZ_MAX_LEN=N scripts/fuzz.sh ...      longest input tried (default 4096; shorter runs faster)
#
# A crash or sanitizer report stops that target, leaves the input in .build-fuzz/crashes/,
# and makes the script exit 1: turn the input into a fixture and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-20000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzPlainText FuzzHTML FuzzMIME FuzzReadPlainText FuzzReadHTML FuzzReadMIME)
work=.build-fuzz
# Through -Xswiftc rather than --sanitize: SwiftPM's --sanitize=fuzzer would also compile the
# main package's build tool (RuleEmbedder) with -parse-as-library. swiftc has no
# -sanitize=undefined on Linux; Swift traps on overflow and bounds in release builds anyway.
# lld, because gold fails with an internal error on ASan-instrumented Swift objects.
sanitizers=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
export ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=32

swift build -c release --package-path Fuzz --scratch-path "$work/build" "${sanitizers[@]}" >&2
bin=$(swift build -c release --package-path Fuzz --scratch-path "$work/build" "${sanitizers[@]}" --show-bin-path)

# Seeds: every fixture of the format, plus the malformed corpus for all three.
seed() {
  local target=$1 corpus=$work/corpus/$1
  mkdir -p "$corpus"
  case $target in
    FuzzPlainText | FuzzReadPlainText) find fixtures -type f \( -name '*.txt' -o -name '*.md' \) ;;
    FuzzHTML | FuzzReadHTML) find fixtures -type f \( -name '*.html' -o -name '*.htm' \) ;;
    FuzzMIME | FuzzReadMIME) find fixtures -type f -name '*.eml' ;;
  esac | head -400 | while read -r file; do
    cp "$file" "$corpus/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1)"
  done
  for file in fixtures/malformed/*; do
    [ "$(basename "$file")" = README.md ] || cp "$file" "$corpus/malformed-$(basename "$file")"
  done
}

dictionary() {
  case $1 in
    FuzzPlainText | FuzzReadPlainText) echo Fuzz/dictionaries/txt.dict ;;
    FuzzHTML | FuzzReadHTML) echo Fuzz/dictionaries/html.dict ;;
    FuzzMIME | FuzzReadMIME) echo Fuzz/dictionaries/mime.dict ;;
  esac
}

status=0
total=0
mkdir -p "$work/crashes" "$work/logs"
for target in "${targets[@]}"; do
  seed "$target"
  log=$work/logs/$target.log
  echo "== $target: $runs runs" >&2
  if "$bin/$target" "$work/corpus/$target" -runs="$runs" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=20 -rss_limit_mb=2048 \
       -dict="$(dictionary "$target")" -artifact_prefix="$work/crashes/$target-" -print_final_stats=1 -max_total_time="${FUZZ_SECONDS:-0}" \
       >"$log" 2>&1; then
    done_line=$(grep -E '^Done [0-9]+ runs' "$log" | tail -1 || true)
    echo "$target: ${done_line:-finished}" >&2
    count=$(printf '%s' "$done_line" | awk '{print $2}')
    total=$((total + ${count:-0}))
  # Interrupted (Ctrl-C, FUZZ_SECONDS) with no crash, leak, timeout or out-of-memory input
  # left behind; "slow-unit" inputs are only slow (a paused run makes them too).
  elif grep -q 'run interrupted' "$log" && ! ls "$work/crashes/$target-"{crash,leak,timeout,oom}-* >/dev/null 2>&1; then
    count=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "$target: interrupted after ${count:-0} runs, nothing found" >&2
    total=$((total + ${count:-0}))
  else
    status=1
    echo "$target: FAILED, see $log; inputs in $work/crashes/" >&2
    grep -E 'ERROR|SUMMARY|Fatal error|runtime error|deadly signal' "$log" | head -5 >&2 || true
  fi
done
echo "fuzz: $total executions in total" >&2
exit $status
