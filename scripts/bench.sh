#!/usr/bin/env bash
# netjs benchmark suite: netjs against Node v20 (same scripts) and a plain C libuv echo server.
#
#   scripts/bench.sh [--quick] [--netjs PATH] [--out FILE]
#
#   --quick       2 runs of each measurement with smaller sizes (about 1 minute; full: about 5)
#   --netjs PATH  the netjs binary to measure (default: build/netjs of this checkout)
#   --out FILE    also write the markdown report to FILE
#   Other options go to tests/bench/run.py (--runs N, --only GROUPS, --node PATH, --smoke; see
#   `tests/bench/run.py --help`).
#
# Builds the C helpers (tests/bench/*.c) into build-bench/ (or $BENCH_BUILD_DIR), raises the
# open-file limit, then runs tests/bench/run.py, which starts every server itself on 127.0.0.1 and
# stops everything it started, also on Ctrl-C. It only reports: it never fails on a target, only
# when a measurement could not be made. Not part of ctest or CI. See tests/bench/README.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin_dir=${BENCH_BUILD_DIR:-$repo/build-bench}

for arg in "$@"; do
  case $arg in
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  esac
done

missing=()
for tool in cc make python3 pkg-config; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[ -f /usr/share/duktape/duktape.c ] || missing+=("duktape-dev (/usr/share/duktape/duktape.c)")
pkg-config --exists libuv 2>/dev/null || missing+=("libuv1-dev")
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench.sh: missing: ${missing[*]} (scripts/install-deps.sh installs them)" >&2
  exit 2
fi
for tool in node valgrind hyperfine taskset; do
  command -v "$tool" >/dev/null || echo "bench.sh: note: $tool not found; its figures will be missing" >&2
done

echo "bench.sh: building the helpers in $bin_dir" >&2
timeout 600 nice -n 10 make -s -f "$repo/tests/bench/Makefile" BUILD="$bin_dir" >&2

# The memory measurement holds thousands of connections: the servers inherit this limit.
hard=$(ulimit -Hn)
if [ "$hard" = unlimited ] || [ "$hard" -gt 65536 ]; then
  ulimit -n 65536
else
  ulimit -n "$hard"
fi

cd "$repo"
exec python3 "$repo/tests/bench/run.py" --bin-dir "$bin_dir" "$@"
