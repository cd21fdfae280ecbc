#!/bin/bash
# `netjs test -j N`: a parallel run gives the same verdicts and the same report as a serial one
# (results are reported in file order), and -j N runs N tests at once.
. "$(dirname "$0")/lib.sh"
CHECKS=$(cd "$(dirname "$0")/runner_checks" && pwd)
cd "$(dirname "$0")/runner_fixtures" || exit 1

# The TAP without what legitimately differs between runs: durations and the wall time.
normalized_tap() {
  "$NETJS" test --tap "$@" basic helpers parallel 2>"$TMP/err" | grep -v '^  duration_ms: ' | sed 's/ in [0-9.]* s$//'
}
normalized_tap -j1 --junit "$TMP/serial.xml" >"$TMP/serial.tap"
normalized_tap -j4 --junit "$TMP/parallel.xml" >"$TMP/parallel.tap"
[ -s "$TMP/serial.tap" ] && pass "serial run reported" || fail "serial run: nothing on stdout: $(cat "$TMP/err")"
if diff -u "$TMP/serial.tap" "$TMP/parallel.tap" >"$TMP/diff"; then pass "-j4 report identical to -j1 (TAP, durations aside)"; else fail "-j1 and -j4 differ: $(head -c 2000 "$TMP/diff")"; fi
python3 "$CHECKS/junit_check.py" "$TMP/serial.xml" >"$TMP/serial.json" && python3 "$CHECKS/junit_check.py" "$TMP/parallel.xml" >"$TMP/parallel.json"
if cmp -s "$TMP/serial.json" "$TMP/parallel.json"; then pass "-j4 JUnit verdicts identical to -j1"; else fail "JUnit verdicts differ: $(diff "$TMP/serial.json" "$TMP/parallel.json")"; fi
expect_grep "$TMP/serial.tap" '^# 7 passed, 7 failed, 1 skipped$' "the expected totals"

# Four tests that wait at a rendezvous (runner_checks/rendezvous.py): with -j4 the coordinator lets
# them go only once all four are connected at the same time, with -j1 each goes at once and never
# more than one is connected. What is checked is how many ran at once, not how long anything took.
rendezvous() {  # rendezvous NEED ARGS...: `netjs test ARGS` with a coordinator; $CODE, $STATS
  local port
  coproc COORD { exec python3 "$CHECKS/rendezvous.py" "$1" "$TMP/stats" "$(( 20 * ${NETJS_TEST_TIME_FACTOR:-1} ))"; }
  read -r port <&"${COORD[0]}"
  shift
  NETJS_RENDEZVOUS_PORT=$port "$NETJS" test "$@" >"$TMP/out" 2>"$TMP/err"
  CODE=$?
  kill "$COORD_PID" 2>/dev/null
  wait "$COORD_PID" 2>/dev/null
  STATS=$(cat "$TMP/stats")
}
sleepers="parallel/test_sleep_1.js parallel/test_sleep_2.js parallel/test_sleep_3.js parallel/test_sleep_4.js"
# shellcheck disable=SC2086
rendezvous 1 -j1 $sleepers
cp "$TMP/out" "$TMP/serial.out"
[ "$STATS" = "max_concurrent=1 connections=4" ] && pass "-j1 runs one test at a time ($STATS)" ||
  fail "-j1: $STATS"
# shellcheck disable=SC2086
rendezvous 4 -j4 $sleepers
[ "$CODE" -eq 1 ] && pass "-j4: test 3 fails the run" || fail "-j4: exit $CODE"
[ "$STATS" = "max_concurrent=4 connections=4" ] && pass "-j4 runs the four tests at once ($STATS)" ||
  fail "-j4: $STATS"
expect_grep "$TMP/out" '^running 4 test files, 4 at a time$' "-j4 header"
diff <(grep -o '^[A-Z]* .*  parallel/.*' "$TMP/serial.out" | sed 's/ *[0-9.]*s  /  /') \
     <(grep -o '^[A-Z]* .*  parallel/.*' "$TMP/out" | sed 's/ *[0-9.]*s  /  /') >/dev/null \
  && pass "same verdict lines serial and parallel" || fail "verdict lines differ"

finish
