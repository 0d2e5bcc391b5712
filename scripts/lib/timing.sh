# Shared by the benchmark scripts: source it after setting `runs`.

# Median wall time in ms of RUNS runs of a command (its exit status 1 means findings, not failure).
# The clock is bash's own $EPOCHREALTIME: starting `date` for it would add its own start-up
# (a millisecond or two) to every measurement.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]
    end=${EPOCHREALTIME/[.,]/}
    times+=($(( end - start )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m/1000}'
}

# Peak resident set size in MB of one run.
peak_mb() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'
}
