#!/bin/bash
# Runs every JS test file of tests/js under netjs and under Node and fails on any disagreement: each
# file must pass (exit 0) on both, and print the same stdout on both where its stdout is deterministic.
# The files are plain ES5 that runs unchanged on both engines, so this is the check that netjs behaves
# as Node does for what they cover. Node v18 or later (Debian's nodejs; the benchmarks use v20).
#
#   scripts/compare-with-node.sh [NETJS]       NETJS: the binary to check (default: build/netjs)
#
# Exit status: 0 all agree; 1 a file disagrees or fails (each one is listed); 2 usage error; 77 node
# is not installed (the ctest entry "node-compare" reports that as skipped).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
NETJS=${1:-$root/build/netjs}
if ! command -v node >/dev/null 2>&1; then
  echo "compare-with-node: node is not installed: nothing compared (scripts/install-deps.sh installs it)" >&2
  exit 77
fi
[ -x "$NETJS" ] || { echo "compare-with-node: $NETJS is not an executable netjs" >&2; exit 2; }
NETJS=$(cd "$(dirname "$NETJS")" && pwd)/$(basename "$NETJS")
cd "$root/tests/js" || exit 2
# The netjs runs may be emulated (a cross build's wrapper) and slower; Node always runs natively.
factor=$(awk -v f="${NETJS_TEST_TIME_FACTOR:-1}" 'BEGIN { f += 0; print (f < 1) ? 1 : f }')
netjs_limit=$(awk -v f="$factor" 'BEGIN { print 120 * f }')

# Files only netjs can pass, because they use what netjs has and Node lacks; run on netjs alone.
# Each entry says what it uses. (A test of a netjs-only feature belongs here, not in a form that
# passes vacuously on Node.)
#   serve/test_wrapper.js  netjs serve's embedded internal modules (internal/serve/*) and the errors
#                          binding
#   test_module/*          require('test'), netjs's tape-style test module (Node has no such module)
netjs_only=(
  serve/test_wrapper.js
  test_module/test_exports.js
  test_module/test_flow.js
  test_module/test_marks.js
)
# Files whose stdout depends on timing, on either engine: their exit codes are compared, their
# stdout is not.
#   net/test_chaos.js  its last line counts what the seeded operations met (refusals, resets,
#                      connections accepted before their server closed), which depends on how the
#                      event loop interleaves sockets; its first line (the seed) does not vary.
stdout_varies=(
  net/test_chaos.js
)
listed() {  # listed FILE NAME...: is FILE among the names?
  local f=$1 x; shift
  for x in "$@"; do [ "$x" = "$f" ] && return 0; done
  return 1
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node_version=$(node --version)
total=0 agree=0 bad=0
for f in */test_*.js; do
  total=$((total + 1))
  timeout -k 5 "$netjs_limit" "$NETJS" "$f" >"$out/netjs.out" 2>"$out/netjs.err"
  a=$?
  if listed "$f" "${netjs_only[@]}"; then
    if [ "$a" -eq 0 ]; then agree=$((agree + 1)); echo "ok      $f (netjs only)"; else
      bad=$((bad + 1)); echo "FAIL    $f: netjs-only test: netjs exit $a"; sed 's/^/    netjs stderr| /' "$out/netjs.err" | head -20
    fi
    continue
  fi
  env -u NETJS_TEST_EMULATED -u NETJS_TEST_EXEC timeout -k 5 120 node "$f" >"$out/node.out" 2>"$out/node.err"
  b=$?
  problem=
  if [ "$a" -ne 0 ] || [ "$b" -ne 0 ]; then
    problem="exit codes: netjs $a, node $b"
  elif ! listed "$f" "${stdout_varies[@]}" && ! cmp -s "$out/netjs.out" "$out/node.out"; then
    problem="stdout differs (< netjs, > node)"
  fi
  if [ -z "$problem" ]; then
    agree=$((agree + 1))
    echo "ok      $f"
    continue
  fi
  bad=$((bad + 1))
  echo "FAIL    $f: $problem"
  if [ "$a" -ne 0 ] || [ "$b" -ne 0 ]; then
    [ "$a" -ne 0 ] && sed 's/^/    netjs stderr| /' "$out/netjs.err" | head -20
    [ "$b" -ne 0 ] && sed 's/^/    node stderr| /' "$out/node.err" | head -20
  else
    diff "$out/netjs.out" "$out/node.out" | head -40 | sed 's/^/    /'
  fi
done
echo "node $node_version: $total test files, $agree agree, $bad disagree or fail"
[ "$total" -gt 0 ] || { echo "compare-with-node: no test files found" >&2; exit 2; }
[ "$bad" -eq 0 ]
