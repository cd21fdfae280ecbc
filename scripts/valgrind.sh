#!/bin/bash
# Memcheck (tests/soak/README.md): valgrind over the unit tests, a set of JS conformance scripts (net,
# stream, buffer, timers, process, events and a few more) and CLI runs (serve with clients, connect,
# probe, serve --script, the test runner), in a build without sanitizers. Prints each item's errors
# and definitely lost bytes, then a summary. PASS: 0 errors and 0 bytes definitely lost everywhere, and
# each item exits as it does without valgrind. Exit 1 otherwise.
#
#   scripts/valgrind.sh [--build-dir DIR] [--all-js] [--log-dir DIR]
#
# --build-dir: default build-valgrind, configured (Debug: -O0 keeps memcheck free of the optimiser's
# false alarms and gives exact lines) and built here when needed; any build without NETJS_SANITIZE
# will do. --all-js: every tests/js script instead of the set below (about 4 minutes more).
# --log-dir: keep valgrind's logs (one per item) there.
#
# What "definitely lost" can and cannot see: a script run (netjs FILE.js, serve --script) leaves its JS
# heap to the exiting process (Runtime::leave_heap_to_exit), still reachable through a global, so the
# native halves of JS objects alive at exit count as "still reachable", not lost. Objects the JS
# collector freed during the run are checked, and the unit tests destroy their heaps, which checks
# the finalizers too.
set -u
cd "$(dirname "$0")/.."
repo=$(pwd)

build=build-valgrind
all_js=0
log_dir=
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build=${2:?--build-dir needs a path}; shift 2 ;;
    --all-js) all_js=1; shift ;;
    --log-dir) log_dir=${2:?--log-dir needs a path}; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "valgrind.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (scripts/install-deps.sh)" >&2; exit 2; }

if [ -f "$build/CMakeCache.txt" ] && grep -q '^NETJS_SANITIZE:BOOL=ON' "$build/CMakeCache.txt"; then
  echo "valgrind.sh: $build is a sanitizer build; valgrind cannot run ASan binaries" >&2
  exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DNETJS_SANITIZE=OFF >/dev/null || exit 2
fi
echo "== valgrind.sh: building netjs and the unit tests in $build =="
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target netjs netjs_unit_tests >/dev/null || {
  echo "valgrind.sh: build failed (cmake --build $build --target netjs netjs_unit_tests)" >&2
  exit 2
}
netjs=$repo/$build/netjs
case $build in /*) netjs=$build/netjs ;; esac
unit_tests=$(dirname "$netjs")/tests/netjs_unit_tests

tmp=$(mktemp -d)
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill -KILL "$serve_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ -z "$log_dir" ]; then log_dir=$tmp/logs; fi
mkdir -p "$log_dir"

# --child-silent-after-fork: the runner and child_process fork before they exec; valgrind does not
# follow the exec, and the forked copy's few instructions would only repeat the parent's report.
# --errors-for-leak-kinds=definite: a definite leak is an error (exit code and error count); "still
# reachable" is what a left JS heap (see above) and libuv's and glibc's process-lifetime allocations are.
vg=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite --child-silent-after-fork=yes --num-callers=40)
# memcheck LOG COMMAND... A server started in the background runs "${vg[@]}" itself instead: $! is then
# valgrind's pid, and SIGTERM reaches netjs, not a subshell that would die and leave it running.
memcheck() {
  local log=$1; shift
  "${vg[@]}" --log-file="$log" "$@"
}

items=0 bad_items=0 total_errors=0 total_lost=0
declare -a failures=()
# report NAME LOG EXIT WANTED_EXIT SECONDS [NOTE]: reads valgrind's verdict from LOG.
report() {
  local name=$1 log=$2 code=$3 want=$4 secs=$5 note=${6:-}
  local errors lost verdict=ok
  errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$log" | tail -1 | tr -d ,)
  lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tail -1 | tr -d ,)
  lost=${lost:-0}  # "All heap blocks were freed": no leak summary at all
  items=$((items + 1))
  if [ -z "$errors" ]; then
    verdict="FAIL (no valgrind report: crashed or killed?)"; errors=0
  elif [ "$errors" != 0 ] || [ "$lost" != 0 ]; then
    verdict=FAIL
  elif [ "$code" != "$want" ]; then
    verdict="FAIL (exit $code, wanted $want)"
  elif [ -n "$note" ]; then
    verdict="FAIL ($note)"
  fi
  total_errors=$((total_errors + errors))
  total_lost=$((total_lost + lost))
  printf '  %-44s errors %3s  definitely lost %6s B  %5.1f s  %s\n' "$name" "$errors" "$lost" "$secs" "$verdict"
  if [ "$verdict" != ok ]; then
    bad_items=$((bad_items + 1))
    failures+=("$name: $log")
  fi
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# wait_line FILE REGEX SECONDS: until REGEX is in FILE; 1 if not by then.
wait_line() {
  local i
  for ((i = 0; i < $3 * 20; i++)); do
    grep -Eq -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

# wait_pid PID SECONDS: until the background job exits (killed after SECONDS); sets WAIT_CODE.
wait_pid() {
  local i
  for ((i = 0; i < $2 * 20; i++)); do
    if ! kill -0 "$1" 2>/dev/null; then wait "$1"; WAIT_CODE=$?; return 0; fi
    sleep 0.05
  done
  kill -KILL "$1" 2>/dev/null; wait "$1" 2>/dev/null
  WAIT_CODE=124
  return 1
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- 1. unit tests (doctest; every test case, the Runtime ones create and destroy JS heaps) ----------
echo "== unit tests =="
t=$(now)
(cd "$tmp" && memcheck "$log_dir/unit.vg" "$unit_tests" >"$log_dir/unit.out" 2>&1)
code=$?
report "netjs_unit_tests" "$log_dir/unit.vg" $code 0 "$(elapsed "$t")"

# --- 2. JS conformance scripts, as ctest runs them (cwd tests/js). Under valgrind everything is some
# 20-50 times slower: NETJS_TEST_TIME_FACTOR stretches the scripts' own deadlines (tests/js/common.js).
js_set="
  net/test_echo_64mib net/test_chaos net/test_halfopen net/test_err_econnreset net/test_err_epipe
  net/test_pause_backpressure net/test_write_drain net/test_timeout_idle net/test_server_close
  net/test_flowing_fast_path
  stream/test_pipe_backpressure stream/test_pipeline stream/test_destroy stream/test_transform
  stream/test_writable_backpressure stream/test_readable_read
  buffer/test_encodings buffer/test_utf8 buffer/test_ops buffer/test_readwrite buffer/test_from_alloc
  timers/test_immediate timers/test_interval timers/test_ref_unref timers/test_timeout_order
  timers/test_timeout_overflow
  process/test_before_exit process/test_exit_code process/test_process_basics process/test_signal
  process/test_uncaught_exception
  events/test_basic events/test_error events/test_once events/test_remove events/test_max_listeners
  runtime/test_lazy_globals module/test_require_cycle util/test_inspect_objects
"
if [ "$all_js" = 1 ]; then
  js_set=$(cd tests/js && ls */test_*.js | sed 's/\.js$//')
fi
echo "== JS scripts (tests/js) =="
for name in $js_set; do
  t=$(now)
  (cd tests/js && NETJS_TEST_TIME_FACTOR=10 memcheck "$log_dir/js_${name//\//_}.vg" "$netjs" "$name.js" \
     >"$log_dir/js_${name//\//_}.out" 2>&1)
  code=$?
  report "js/$name" "$log_dir/js_${name//\//_}.vg" $code 0 "$(elapsed "$t")"
done

# --- 3. CLI runs: serve (echo) with connect and probe as its clients, all under valgrind --------------
echo "== CLI =="
t_serve=$(now)
"${vg[@]}" --log-file="$log_dir/serve.vg" "$netjs" serve --port 0 --host 127.0.0.1 >"$log_dir/serve.out" 2>"$log_dir/serve.err" &
serve_pid=$!
if wait_line "$log_dir/serve.err" 'listening on ' 60; then
  port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$log_dir/serve.err" | head -1)
  closed=$(free_port)

  t=$(now)
  printf 'hello, memcheck\n' | memcheck "$log_dir/connect.vg" "$netjs" connect 127.0.0.1 "$port" >"$log_dir/connect.out" 2>&1
  code=$?
  note=; [ "$(cat "$log_dir/connect.out")" = "hello, memcheck" ] || note="echo differs: $(head -c 200 "$log_dir/connect.out")"
  report "connect (a line through serve)" "$log_dir/connect.vg" $code 0 "$(elapsed "$t")" "$note"

  # 4 MiB both ways: backpressure in connect (stdin paused while the socket is full) and in serve
  head -c 4194304 /dev/urandom >"$tmp/data.bin"
  t=$(now)
  memcheck "$log_dir/connect_4mib.vg" "$netjs" connect 127.0.0.1 "$port" <"$tmp/data.bin" >"$tmp/data.echo" 2>"$log_dir/connect_4mib.err"
  code=$?
  note=; cmp -s "$tmp/data.bin" "$tmp/data.echo" || note="echo of 4 MiB differs"
  report "connect (4 MiB through serve)" "$log_dir/connect_4mib.vg" $code 0 "$(elapsed "$t")" "$note"

  t=$(now)
  memcheck "$log_dir/connect_refused.vg" "$netjs" connect --send 'x' 127.0.0.1 "$closed" >"$log_dir/connect_refused.out" 2>&1
  code=$?
  report "connect (refused: exit 3)" "$log_dir/connect_refused.vg" $code 3 "$(elapsed "$t")"

  t=$(now)
  memcheck "$log_dir/connect_expect.vg" "$netjs" connect --send 'PING\r\n' --expect PONG --timeout 5 127.0.0.1 "$port" \
    >"$log_dir/connect_expect.out" 2>&1
  code=$?
  report "connect --expect (not matched: exit 7)" "$log_dir/connect_expect.vg" $code 7 "$(elapsed "$t")"

  t=$(now)
  memcheck "$log_dir/probe.vg" "$netjs" probe -c 3 -i 100ms 127.0.0.1:"$port" >"$log_dir/probe.out" 2>&1
  code=$?
  report "probe -c 3 (open)" "$log_dir/probe.vg" $code 0 "$(elapsed "$t")"

  t=$(now)
  memcheck "$log_dir/probe_json.vg" "$netjs" probe --json 127.0.0.1 "$port,$closed" >"$log_dir/probe_json.out" 2>&1
  code=$?
  report "probe --json (open + refused: exit 3)" "$log_dir/probe_json.vg" $code 3 "$(elapsed "$t")"

  kill -TERM "$serve_pid"
  wait_pid "$serve_pid" 60
  serve_pid=
  report "serve (echo; the clients above, SIGTERM)" "$log_dir/serve.vg" "$WAIT_CODE" 0 "$(elapsed "$t_serve")"
else
  kill -KILL "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; serve_pid=
  report "serve (did not start: $(head -c 200 "$log_dir/serve.err"))" "$log_dir/serve.vg" 1 0 "$(elapsed "$t_serve")"
fi

# serve --script: the JS heap per server, a net.Socket per connection (the clients run without valgrind)
"$netjs" serve --print-script echo >"$tmp/echo-module.js"
t=$(now)
"${vg[@]}" --log-file="$log_dir/serve_script.vg" "$netjs" serve --port 0 --host 127.0.0.1 --script "$tmp/echo-module.js" \
  >"$log_dir/serve_script.out" 2>"$log_dir/serve_script.err" &
serve_pid=$!
note=
if wait_line "$log_dir/serve_script.err" 'listening on ' 60; then
  port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$log_dir/serve_script.err" | head -1)
  for i in 1 2 3; do
    "$netjs" connect 127.0.0.1 "$port" <"$tmp/data.bin" >"$tmp/data.echo" 2>/dev/null
    cmp -s "$tmp/data.bin" "$tmp/data.echo" || note="echo $i of 4 MiB differs"
  done
else
  note="did not start: $(head -c 200 "$log_dir/serve_script.err")"
fi
kill -TERM "$serve_pid" 2>/dev/null
wait_pid "$serve_pid" 60
serve_pid=
report "serve --script (3 x 4 MiB, SIGTERM)" "$log_dir/serve_script.vg" "$WAIT_CODE" 0 "$(elapsed "$t")" "$note"

# the test runner: its children run without valgrind (not followed across exec)
t=$(now)
(cd tests/js && memcheck "$log_dir/runner.vg" "$netjs" test -j2 --netjs "$netjs" events >"$log_dir/runner.out" 2>&1)
code=$?
report "netjs test -j2 events" "$log_dir/runner.vg" $code 0 "$(elapsed "$t")"

echo "== valgrind summary: $items items, $total_errors errors, $total_lost bytes definitely lost, $bad_items failed =="
if [ "$bad_items" -ne 0 ]; then
  for f in "${failures[@]}"; do echo "  failed: $f"; done
  if [ "$log_dir" = "$tmp/logs" ]; then
    # the logs go with the temporary directory: show the first failure's report now
    first=${failures[0]##*: }
    sed -n '1,80p' "$first"
    # and what the program itself printed (an assertion's message), kept beside it as .out
    if [ -f "${first%.vg}.out" ]; then
      echo "-- its output (${first%.vg}.out) --"
      tail -n 40 "${first%.vg}.out"
    fi
  fi
  echo "valgrind: FAIL"
  exit 1
fi
echo "valgrind: PASS"
