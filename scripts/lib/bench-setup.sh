# Shared start of the benchmark scripts, sourced from the repository root with `out` set:
# builds the release binary (`bin`), gives the rule cache a folder of its own under `out`
# (the first run fills it), generates the draft corpus if missing, and loads the timing
# functions and `report`.
swift build -c release --product replylint >/dev/null
bin=.build/release/replylint
export REPLYLINT_CACHE_DIR="${REPLYLINT_CACHE_DIR:-$out/cache}"
[ -d "$out/drafts" ] || python3 scripts/gen_corpus.py "$out" >/dev/null
. scripts/lib/timing.sh

report() { printf '%-44s %10s %s\n' "$1" "$2" "$3"; }
