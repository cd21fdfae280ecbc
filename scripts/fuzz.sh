#!/bin/sh
# Fuzzes the libFuzzer targets (tests/fuzz/README.md) for longer than the suite's 30 s each: builds
# them with clang into build-fuzz, runs each in turn for SECONDS (default 300) and prints executions,
# their rate and coverage per target. Each target's scratch corpus, log and failing inputs are in
# build-fuzz/fuzz-runs/fuzz_TARGET/ (corpus/, fuzz.log, artifacts/); the scratch corpus is kept, so a
# run starts from what the earlier ones found.
#
# usage: scripts/fuzz.sh [--time SECONDS] [TARGET...]     TARGET: cli_values, buffer_codecs, data_path
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
all="cli_values buffer_codecs data_path"

seconds=300
targets=""
while [ $# -gt 0 ]; do
  case $1 in
    --time) [ $# -ge 2 ] || { echo "fuzz.sh: --time needs SECONDS" >&2; exit 2; }; seconds=$2; shift 2 ;;
    --time=*) seconds=${1#--time=}; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets="$targets ${1#fuzz_}"; shift ;;
  esac
done
case $seconds in
  ''|*[!0-9]*) echo "fuzz.sh: --time takes whole seconds, not '$seconds'" >&2; exit 2 ;;
esac
[ -n "$targets" ] || targets=$all
for t in $targets; do
  if [ ! -d "tests/fuzz/corpus/fuzz_$t" ]; then
    echo "fuzz.sh: no target '$t' (there are: $all)" >&2
    exit 2
  fi
done
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: needs clang with libFuzzer (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DNETJS_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz_targets

summary=""
status=0
for t in $targets; do
  echo "== fuzz_$t: $seconds s =="
  if line=$(sh tests/fuzz/run_fuzz.sh "build-fuzz/tests/fuzz/fuzz_$t" "tests/fuzz/corpus/fuzz_$t" \
              "build-fuzz/fuzz-runs/fuzz_$t" "$seconds"); then
    summary="$summary$line
"
  else
    status=1
    summary="$summary$line  FAILED: build-fuzz/fuzz-runs/fuzz_$t/artifacts/
"
  fi
  printf '%s\n' "$line"
done
echo "== summary =="
printf '%s' "$summary"
exit $status
