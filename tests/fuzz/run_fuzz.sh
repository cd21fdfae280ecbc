#!/bin/sh
# Fuzzes one libFuzzer target for a bounded time and prints one summary line: executions, their rate,
# coverage. It fuzzes a scratch copy of the committed corpus (WORK_DIR/corpus), so the inputs a run
# adds never land in the repository; a crash, leak or timeout input is saved in WORK_DIR/artifacts/,
# the run's log is WORK_DIR/fuzz.log and its summary line WORK_DIR/summary.txt. Used by the "fuzz"
# ctest entries and scripts/fuzz.sh.
#
# usage: run_fuzz.sh [--fresh] TARGET_BINARY CORPUS_DIR WORK_DIR SECONDS [LIBFUZZER_OPTION...]
#   --fresh  start from the committed corpus alone (ctest: every run the same); without it the scratch
#            corpus of earlier runs is kept and the committed one added, so long runs build on each other.
set -eu
fresh=0
if [ "${1:-}" = --fresh ]; then
  fresh=1
  shift
fi
if [ $# -lt 4 ]; then
  echo "usage: $0 [--fresh] TARGET_BINARY CORPUS_DIR WORK_DIR SECONDS [LIBFUZZER_OPTION...]" >&2
  exit 2
fi
bin=$1 corpus=$2 work=$3 seconds=$4
shift 4
name=$(basename "$bin")

[ "$fresh" = 1 ] && rm -rf "$work/corpus"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$corpus"/* "$work/corpus/"
log=$work/fuzz.log

# -timeout: one input running this long is a hang (the data path's own deadline is 5 s).
# -rss_limit_mb: the data path holds a few MiB per input; anything near this is a leak.
status=0
"$bin" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus" >"$log" 2>&1 || status=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
# The last status line: "#123456 DONE cov: 812 ft: 2301 corp: 140/9811b ...".
last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
cov=$(printf '%s\n' "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
ft=$(printf '%s\n' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
corp=$(printf '%s\n' "$last" | sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
# Also kept beside the log, for a caller that shows it after the fact (ctest prints passing tests' output
# only with -V).
printf '%-20s %10s executions in %s s (%s/s), coverage: %s edges, %s features, corpus %s\n' \
  "$name" "${runs:-?}" "$seconds" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" | tee "$work/summary.txt"

if [ "$status" != 0 ]; then
  echo "$name: FAILED (exit $status); the end of $log:" >&2
  tail -n 60 "$log" >&2
  echo "$name: inputs saved in $work/artifacts/:" >&2
  ls -l "$work/artifacts/" >&2
  echo "$name: reproduce with: $bin <input>; keep it as a regression: tests/fuzz/README.md" >&2
  exit 1
fi
