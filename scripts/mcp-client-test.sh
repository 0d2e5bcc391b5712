#!/usr/bin/env bash
# Runs scripts/mcp-client-test.py (the official Python MCP client against `replylint mcp`),
# installing the `mcp` package from PyPI when it is missing. Skips without python3.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null; then
  echo "mcp-client-test: no python3, skipped"
  exit 0
fi
if ! python3 -c 'import mcp' 2>/dev/null; then
  python3 -m pip install -q --break-system-packages mcp || python3 -m pip install -q mcp
fi
exec python3 scripts/mcp-client-test.py "$@"
