#!/usr/bin/env bash
# Renders replylint's HTML report of the fixture drafts with headless Chromium (Debian's
# `chromium` package; apt-get install -y chromium) and saves a screenshot to look at.
# Usage: scripts/html-report-screenshot.sh [OUT.png]   (default .build/html-report.png)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/.build/html-report.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "html-report-screenshot: chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
binary="$root/.build/release/replylint"
[ -x "$binary" ] || binary="$root/.build/debug/replylint"
[ -x "$binary" ] || { echo "html-report-screenshot: build replylint first (swift build -c release)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
"$binary" --format html fixtures/reports/drafts fixtures/drafts > "$work/report.html" || [ $? -eq 1 ]
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900 \
  --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "html-report-screenshot: wrote $out"
