#!/bin/bash
# `netjs test -j N`: a parallel run gives the same verdicts and the same report as a serial one
# (results are reported in file order), and sleeping tests overlap.
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

# Four tests that each sleep 400 ms: serially at least 1.6 s; in parallel they overlap.
ms_of() {  # ms_of ARGS...: wall time of `netjs test ARGS` in ms (in $MS), exit code in $CODE
  local start=$(date +%s%N)
  "$NETJS" test "$@" >"$TMP/out" 2>"$TMP/err"
  CODE=$?
  MS=$(( ($(date +%s%N) - start) / 1000000 ))
}
ms_of -j1 parallel/test_sleep_1.js parallel/test_sleep_2.js parallel/test_sleep_3.js parallel/test_sleep_4.js
serial=$MS
cp "$TMP/out" "$TMP/serial.out"
ms_of -j4 parallel/test_sleep_1.js parallel/test_sleep_2.js parallel/test_sleep_3.js parallel/test_sleep_4.js
parallel=$MS
[ "$CODE" -eq 1 ] && pass "-j4: test 3 fails the run" || fail "-j4: exit $CODE"
[ "$serial" -ge 1600 ] && pass "-j1 runs one at a time (${serial} ms)" || fail "-j1 took only ${serial} ms"
[ "$parallel" -lt "$serial" ] && pass "-j4 overlaps the tests (${parallel} ms < ${serial} ms)" || fail "-j4 took ${parallel} ms (serial ${serial} ms)"
expect_grep "$TMP/out" '^running 4 test files, 4 at a time$' "-j4 header"
diff <(grep -o '^[A-Z]* .*  parallel/.*' "$TMP/serial.out" | sed 's/ *[0-9.]*s  /  /') \
     <(grep -o '^[A-Z]* .*  parallel/.*' "$TMP/out" | sed 's/ *[0-9.]*s  /  /') >/dev/null \
  && pass "same verdict lines serial and parallel" || fail "verdict lines differ"

finish
