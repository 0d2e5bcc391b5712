#!/usr/bin/env bash
# Quote and signature conformance: runs `replylint parse --format json` over every entry of
# ../shared/corpus/quotes/manifest.json and compares the reply with the upstream expectation.
# Usage: scripts/conformance.sh [--format txt|html|eml] [--corpus DIR] [--threshold PERCENT]
# Exits 1 when the pass rate is below the threshold (default 95), 2 when it cannot run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

binary="${REPLYLINT:-$root/.build/release/replylint}"
if [ -z "${REPLYLINT:-}" ]; then
  # Build the release binary when it is missing or older than the sources or rules.
  if [ ! -x "$binary" ] || [ -n "$(find Sources rules Package.swift -newer "$binary" -print -quit 2>/dev/null)" ]; then
    echo "building release binary..." >&2
    swift build -c release >&2
  fi
fi

exec python3 "$root/scripts/conformance.py" --binary "$binary" --corpus "${REPLYLINT_CORPUS:-$root/../shared/corpus/quotes}" "$@"
