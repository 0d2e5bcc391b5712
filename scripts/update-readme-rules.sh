#!/usr/bin/env bash
# Regenerates the rule table in README.md from `replylint rules --format json`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product replylint >/dev/null
.build/debug/replylint rules --format json | python3 scripts/update-readme-rules.py
echo "README.md rule table updated"
