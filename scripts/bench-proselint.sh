#!/usr/bin/env bash
# Runs the benchmark's 2,000 drafts through proselint (PyPI, in a virtualenv under the
# output folder) and through replylint, for comparison: wall time of one run each and
# how many drafts each flags. proselint checks prose style, not support replies, so the
# counts say what each tool is for rather than which is right.
# Usage: scripts/bench-proselint.sh [OUT_DIR]   (default: bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
runs=${RUNS:-3}

. scripts/lib/bench-setup.sh
venv=$out/proselint-venv
if [ ! -x "$venv/bin/proselint" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet proselint
fi
files=$(ls "$out/drafts" | wc -l)
"$bin" "$out/drafts" >/dev/null 2>&1 || true   # fill the rule cache
t=$(median_ms "$bin" "$out/drafts"); report "replylint, $files drafts" "$t ms" ""
flagged=$("$bin" --format json "$out/drafts" 2>/dev/null | python3 -c '
import json, sys
print(sum(1 for f in json.load(sys.stdin)["files"] if f.get("findings")))' || true)
report "  drafts with findings" "$flagged" ""
# proselint 0.16: `proselint -o compact check DIR` prints path:line:column: check: message.
start=${EPOCHREALTIME/[.,]/}
"$venv/bin/proselint" -o compact check "$out/drafts" >"$out/proselint.txt" 2>&1 || true
end=${EPOCHREALTIME/[.,]/}
report "$("$venv/bin/proselint" version 2>&1 | head -1), $files drafts" "$(( (end - start) / 1000 )) ms" ""
report "  drafts with findings" "$(grep -E '^/.*:[0-9]+:[0-9]+: ' "$out/proselint.txt" | cut -d: -f1 | sort -u | wc -l)" ""
report "  findings by check" "" ""
grep -E '^/.*:[0-9]+:[0-9]+: ' "$out/proselint.txt" | awk -F': ' '{print $2}' | sort | uniq -c | sort -rn | head -8 | sed 's/^/    /'
