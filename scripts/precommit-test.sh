#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml for real: a throw-away git repository whose
# .pre-commit-config.yaml points at this repository at its HEAD commit; pre-commit
# builds replylint (swift build -c release) and runs it on commits.
# Checks: a bad staged template blocks the commit, a good one is committed, and only
# staged files are linted (a bad file that is not staged does not block).
# Needs git, Swift and network-free access to SwiftPM's cache; installs pre-commit from PyPI if missing.
# The first run builds replylint in release mode: a few minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v git >/dev/null || { echo "precommit-test: git is not installed" >&2; exit 2; }
if ! command -v pre-commit >/dev/null; then
  python3 -m pip install --quiet --break-system-packages pre-commit
fi
rev="$(git -C "$root" rev-parse HEAD)"
git -C "$root" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null || {
  echo "precommit-test: .pre-commit-hooks.yaml is not committed at $rev (commit it first)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# pre-commit keeps the built hook here between runs (a new commit builds again).
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$root/.build/pre-commit-home}"
repo="$work/templates"
mkdir -p "$repo"
cd "$repo"
git init -q -b main
git config user.email ci@example.com
git config user.name "replylint CI"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: replylint
YAML
git add .pre-commit-config.yaml
git commit -q --no-verify -m "pre-commit config"
pre-commit install >/dev/null

fail() { echo "precommit-test: FAIL: $*" >&2; exit 1; }

echo "precommit-test: building the hook (swift build -c release) and committing a bad template"
printf 'Hi [Customer Name],\n\nWe apologize for any inconvenience, gonna fix it asap.\n' > bad-reply.txt
git add bad-reply.txt
if git commit -q -m "bad template" > "$work/bad.log" 2>&1; then
  cat "$work/bad.log"; fail "the commit with a bad template went through"
fi
grep -q "bad-reply.txt:1:4: error: Unfilled placeholder" "$work/bad.log" || { cat "$work/bad.log"; fail "no placeholder finding in the hook output"; }
echo "ok: the bad template was blocked; the hook said:"
sed 's/^/    /' "$work/bad.log"
git reset -q bad-reply.txt

printf 'Hi Priya,\n\nThank you for the photos. A replacement rug left our warehouse today and arrives on Thursday.\n\nBest wishes,\nSam\n' > good-reply.txt
git add good-reply.txt
# bad-reply.txt is still in the working tree, not staged: it must not be linted.
git commit -q -m "good template" > "$work/good.log" 2>&1 || { cat "$work/good.log"; fail "the good template was blocked"; }
git ls-files --error-unmatch good-reply.txt >/dev/null || fail "good-reply.txt was not committed"
echo "ok: the good template was committed while an unstaged bad file sat beside it"

# A good edit staged with a bad edit left unstaged on top: pre-commit lints what is staged.
printf '\nI will send you the tracking number as soon as the courier scans the parcel.\n' >> good-reply.txt
git add good-reply.txt
printf '\ngonna call u tomorrow [Agent Name]\n' >> good-reply.txt
git commit -q -m "good edit" > "$work/unstaged.log" 2>&1 || { cat "$work/unstaged.log"; fail "an unstaged bad edit was linted"; }
git show HEAD:good-reply.txt | grep -q "tracking number" || fail "the staged edit was not committed"
git diff good-reply.txt | grep -q "gonna call u" || fail "pre-commit did not restore the unstaged edit"
echo "ok: a staged good edit was committed; the unstaged bad edit on top was not linted and is still there"
echo "precommit-test: 3 passed, 0 failed"
