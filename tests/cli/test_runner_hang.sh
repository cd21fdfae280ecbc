#!/bin/bash
# `netjs test` timeouts: a test whose loop never drains is a TIMEOUT naming its open handles; a busy
# one is SIGKILLed after the grace period; --timeout, the per-file header and NETJS_TEST_TIME_FACTOR.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/runner_fixtures" || exit 1

. ../runner_checks/time_factor.sh

# A runner that let a test run past its timeout would be stopped by `bounded` (exit 124, not 1).
expect_code 1 "hanging tests fail the run, each stopped at its timeout" -- bounded 30 "$NETJS" test -j3 hang
expect_grep "$TMP/out" '^TIMEOUT +[0-9.]+s  hang/test_hang_handles\.js: timed out after '"$(scaled 1)"' s; open handles: tcp server 127\.0\.0\.1:[0-9]+, timer \(setInterval 10 ms\), tcp socket' "timeout line names the handles"
expect_grep "$TMP/out" '^      tcp server 127\.0\.0\.1:[0-9]+$' "details: the listening server"
expect_grep "$TMP/out" '^      timer \(setInterval 10 ms\)$' "details: the interval, labelled"
expect_grep "$TMP/out" '^      tcp socket 127\.0\.0\.1:[0-9]+ -> 127\.0\.0\.1:[0-9]+$' "details: the connected sockets"
[ "$(grep -c '^      tcp socket ' "$TMP/out")" -eq 2 ] && pass "both ends of the connection listed" || fail "socket count: $(cat "$TMP/out")"
expect_no_grep "$TMP/out" 'setTimeout 60000' "an unref'd timer is not listed"
expect_no_grep "$TMP/out" 'hang report|netjs: open handle' "the raw report lines are not shown as stderr"
expect_grep "$TMP/out" '^TIMEOUT +[0-9.]+s  hang/test_hang_busy\.js: timed out after '"$(scaled 1)"' s; no handle report \(busy\?\)$' "a busy loop cannot answer"
expect_grep "$TMP/out" '^PASS .*  hang/test_quick\.js$' "the quick test passes alongside"
expect_grep "$TMP/out" '^1 passed, 2 failed \(2 timed out\) in ' "summary counts timeouts"

# --timeout applies to files without a header; the header wins over it.
printf 'setInterval(function () {}, 1000);\n' > "$TMP/test_interval.js"
expect_code 1 "--timeout" -- bounded 30 "$NETJS" test --timeout 0.3 "$TMP/test_interval.js"
expect_grep "$TMP/out" "test_interval\\.js: timed out after $(scaled 0.3) s; open handles: timer \\(setInterval 1000 ms\\)\$" "--timeout 0.3"
expect_code 1 "header timeout wins over --timeout" -- bounded 30 "$NETJS" test --timeout 100 hang/test_hang_handles.js
expect_grep "$TMP/out" "timed out after $(scaled 1) s" "header timeout=1 used"
NETJS_TEST_TIME_FACTOR=$((F * 2)) expect_code 1 "NETJS_TEST_TIME_FACTOR stretches timeouts" -- bounded 30 "$NETJS" test --timeout 0.2 "$TMP/test_interval.js"
expect_grep "$TMP/out" "timed out after $(scaled 0.4) s" "factor 2F: 0.2 s -> $(scaled 0.4) s"
expect_code 0 "a test within its timeout passes" -- bounded 30 "$NETJS" test --timeout 5 hang/test_quick.js

# SIGTERM (or Ctrl-C) to the runner stops the run and kills the running tests: none outlives it.
# (A private copy, so that other tests running the same fixture at the same time do not count.)
cp hang/test_hang_handles.js "$TMP/test_interrupted_$$.js"
"$NETJS" test -j2 hang/test_hang_busy.js "$TMP/test_interrupted_$$.js" >"$TMP/int.out" 2>"$TMP/int.err" &
pid=$!
# Ready for SIGTERM once the runner has a child: it starts tests only after it watches its
# signals (its "running ..." header comes before that, so a SIGTERM sent on the header alone could
# still meet the default action on a loaded machine).
started=0
for ((i = 0; i < $(scale 400); i++)); do
  if pgrep -P "$pid" >/dev/null; then started=1; break; fi
  sleep 0.05
done
[ "$started" -eq 1 ] || fail "interrupted run: no test started in $(scale 20) s"
kill -TERM "$pid"
if wait_exit "$pid" 60; then code=$WAIT_CODE; else code="none (still running after 60 s)"; fi
[ "$code" = 1 ] && pass "interrupted run: exit 1" || fail "interrupted run: exit $code"
expect_grep "$TMP/int.out" '^interrupted by SIGTERM; [0-9]+ tests? not run$' "interrupted run: says so"
# The runner's SIGKILL may still be taking effect as it exits: wait (bounded) for its test to be gone.
# The test never ends by itself (a server and an interval), so one the runner left alive stays.
for ((i = 0; i < $(scale 200); i++)); do
  pgrep -f "test_interrupted_$$.js" >/dev/null || break
  sleep 0.05
done
if pgrep -f "test_interrupted_$$.js" >/dev/null; then fail "a test outlived the interrupted runner by $(scale 10) s"; else pass "no test outlives the interrupted runner"; fi

# The runtime's side of the protocol: NETJS_HANG_REPORT=1 makes SIGTERM list the live handles.
printf 'setInterval(function () {}, 25);\nrequire("net").createServer().listen(0, "127.0.0.1");\nconsole.log("up");\n' > "$TMP/hang.js"
NETJS_HANG_REPORT=1 "$NETJS" "$TMP/hang.js" >"$TMP/h.out" 2>"$TMP/h.err" &
pid=$!
wait_grep "$TMP/h.out" '^up$' 10 || fail "hang.js did not start"
kill -TERM "$pid"
if wait_exit "$pid" 60; then code=$WAIT_CODE; else code="none (still running after 60 s)"; fi
[ "$code" = 124 ] && pass "hang report: exit 124" || fail "hang report: exit $code"
expect_grep "$TMP/h.err" '^netjs: hang report: open handles: 2$' "hang report: header with the count"
expect_grep "$TMP/h.err" '^netjs: open handle: timer \(setInterval 25 ms\)$' "hang report: timer line"
expect_grep "$TMP/h.err" '^netjs: open handle: tcp server 127\.0\.0\.1:[0-9]+$' "hang report: server line"
# Without the variable SIGTERM keeps its default meaning. Files of their own: with the first run's
# "up" still in h.out, the wait could end before this run's shell had even opened its redirections.
"$NETJS" "$TMP/hang.js" >"$TMP/h2.out" 2>"$TMP/h2.err" &
pid=$!
wait_grep "$TMP/h2.out" '^up$' 10 || fail "hang.js did not start"
kill -TERM "$pid"
if wait_exit "$pid" 60; then code=$WAIT_CODE; else code="none (still running after 60 s)"; fi
[ "$code" = 143 ] && pass "no NETJS_HANG_REPORT: SIGTERM kills (143)" || fail "no NETJS_HANG_REPORT: exit $code"
[ ! -s "$TMP/h2.err" ] && pass "no NETJS_HANG_REPORT: no report" || fail "unexpected stderr: $(cat "$TMP/h2.err")"

finish
