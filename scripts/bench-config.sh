#!/usr/bin/env bash
# Lints fixtures/template-repo scaled to about 5,000 files (385 copies of its templates and
# drafts, each team folder with its own .replylint.yml and a nested one that extends it) with
# the release build, and prints wall time and peak RSS. Configuration discovery is cached per
# folder, so each .replylint.yml is opened once however many drafts share it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product replylint >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo"
for i in $(seq 1 385); do
  mkdir -p "$work/repo/team$i"
  cp -r fixtures/template-repo/templates fixtures/template-repo/drafts fixtures/template-repo/.replylint.yml "$work/repo/team$i/"
done
echo "files: $(find "$work/repo" -type f ! -name .replylint.yml | wc -l) (the archive folders are excluded by the configuration)"
echo "configurations: $(find "$work/repo" -name .replylint.yml | wc -l)"
/usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KB" \
  .build/release/replylint --format json "$work/repo" >"$work/report.json" || true
python3 -c "import json,sys; print('summary:', json.load(open(sys.argv[1]))['summary'])" "$work/report.json"
