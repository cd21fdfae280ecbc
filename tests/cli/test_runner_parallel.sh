#!/bin/bash
# `netjs test -j N`: a parallel run gives the same verdicts and the same report as a serial one
# (results are reported in file order), and -j N runs N tests at once.
. "$(dirname "$0")/lib.sh"
CHECKS=$(cd "$(dirname "$0")/runner_checks" && pwd)
cd "$(dirname "$0")/runner_fixtures" || exit 1

# normalized_tap OUT ARGS...: the TAP of `netjs test --tap ARGS` in OUT without what legitimately
# differs between runs (durations and the wall time); its exit code in TAP_CODE.
normalized_tap() {
  local out=$1; shift
  bounded 300 "$NETJS" test --tap "$@" basic helpers parallel >"$TMP/raw.tap" 2>"$TMP/err"
  TAP_CODE=$?
  grep -v '^  duration_ms: ' "$TMP/raw.tap" | sed 's/ in [0-9.]* s$//' >"$out"
}
for run in serial:-j1 parallel:-j4; do
  normalized_tap "$TMP/${run%%:*}.tap" "${run#*:}" --junit "$TMP/${run%%:*}.xml"
  [ "$TAP_CODE" -eq 1 ] && pass "${run%%:*} run: exit 1 (some fixtures fail)" || fail "${run%%:*} run: exit $TAP_CODE: $(head -c 600 "$TMP/err")"
  if python3 "$CHECKS/junit_check.py" "$TMP/${run%%:*}.xml" >"$TMP/${run%%:*}.json" 2>"$TMP/junit.err"; then
    pass "${run%%:*} run: JUnit report passes the checks"
  else
    fail "${run%%:*} run: JUnit report: $(cat "$TMP/junit.err")"
  fi
done
expect_grep "$TMP/serial.tap" '^# 7 passed, 7 failed, 1 skipped$' "the expected totals"
if diff -u "$TMP/serial.tap" "$TMP/parallel.tap" >"$TMP/diff"; then pass "-j4 report identical to -j1 (TAP, durations aside)"; else fail "-j1 and -j4 differ: $(head -c 2000 "$TMP/diff")"; fi
if [ -s "$TMP/serial.json" ] && cmp -s "$TMP/serial.json" "$TMP/parallel.json"; then pass "-j4 JUnit verdicts identical to -j1"; else fail "JUnit verdicts differ: $(diff "$TMP/serial.json" "$TMP/parallel.json")"; fi

# Four tests that wait at a rendezvous (runner_checks/rendezvous.py): with -j4 the coordinator lets
# them go only once all four are connected at the same time, with -j1 each goes at once and never
# more than one is connected. What is checked is how many ran at once, not how long anything took.
rendezvous() {  # rendezvous NEED ARGS...: `netjs test ARGS` with a coordinator; $CODE, $STATS
  local port=
  coproc COORD { exec python3 "$CHECKS/rendezvous.py" "$1" "$TMP/stats" "$(scale 20)"; }
  read -r -t "$(scale 10)" port <&"${COORD[0]}"
  [[ "$port" =~ ^[0-9]+$ ]] || fail "rendezvous coordinator gave no port: '$port'"
  shift
  NETJS_RENDEZVOUS_PORT=$port bounded 120 "$NETJS" test "$@" >"$TMP/out" 2>"$TMP/err"
  CODE=$?
  kill "$COORD_PID" 2>/dev/null
  wait "$COORD_PID" 2>/dev/null
  STATS=$(cat "$TMP/stats")
}
sleepers="parallel/test_sleep_1.js parallel/test_sleep_2.js parallel/test_sleep_3.js parallel/test_sleep_4.js"
# shellcheck disable=SC2086
rendezvous 1 -j1 $sleepers
cp "$TMP/out" "$TMP/serial.out"
[ "$CODE" -eq 1 ] && pass "-j1: test 3 fails the run" || fail "-j1: exit $CODE: $(head -c 600 "$TMP/err")"
[ "$STATS" = "max_concurrent=1 connections=4" ] && pass "-j1 runs one test at a time ($STATS)" ||
  fail "-j1: $STATS"
# shellcheck disable=SC2086
rendezvous 4 -j4 $sleepers
[ "$CODE" -eq 1 ] && pass "-j4: test 3 fails the run" || fail "-j4: exit $CODE"
[ "$STATS" = "max_concurrent=4 connections=4" ] && pass "-j4 runs the four tests at once ($STATS)" ||
  fail "-j4: $STATS"
expect_grep "$TMP/out" '^running 4 test files, 4 at a time$' "-j4 header"
verdicts() { grep -o '^[A-Z]* .*  parallel/.*' "$1" | sed 's/ *[0-9.]*s  /  /'; }
verdicts "$TMP/serial.out" >"$TMP/serial.verdicts"
verdicts "$TMP/out" >"$TMP/parallel.verdicts"
[ "$(wc -l <"$TMP/serial.verdicts")" -eq 4 ] && pass "four verdict lines" || fail "verdict lines: $(cat "$TMP/serial.out")"
diff "$TMP/serial.verdicts" "$TMP/parallel.verdicts" >"$TMP/vdiff" \
  && pass "same verdict lines serial and parallel" || fail "verdict lines differ: $(cat "$TMP/vdiff")"

finish
