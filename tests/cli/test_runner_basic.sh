#!/bin/bash
# `netjs test`: verdicts (pass, fail, expected failure, skip, bad header), discovery (globs,
# node_modules, default directory), --list, --filter, --glob, --bail, usage errors, exit codes.
. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/runner_fixtures" || exit 1

expect_code 1 "a failing test fails the run" -- "$NETJS" test -j2 basic
expect_grep "$TMP/out" '^PASS +[0-9]+\.[0-9]{2}s  basic/test_pass\.js$' "pass line with duration"
expect_grep "$TMP/out" '^FAIL +[0-9]+\.[0-9]{2}s  basic/test_fail\.js: exit code 1$' "fail line with the exit code"
expect_grep "$TMP/out" '^PASS .*  basic/test_xfail\.js: failed as expected: exit code 1$' "expect-fail test that fails passes"
expect_grep "$TMP/out" '^SKIP +basic/test_skip\.js: needs a network we do not have$' "skip line with the reason"
expect_grep "$TMP/out" '  basic/sub/thing\.test\.js$' "*.test.js found in a subdirectory"
expect_no_grep "$TMP/out" 'helper\.js|node_modules|test_dep' "no non-matching files, nothing below node_modules"
expect_grep "$TMP/out" '^--- FAIL basic/test_fail\.js: exit code 1$' "failure details"
expect_grep "$TMP/out" '^    \| AssertionError \[ERR_ASSERTION\]: arithmetic is broken <&> "here"$' "failure shows the stderr tail"
expect_grep "$TMP/out" '^3 passed, 1 failed, 1 skipped in [0-9.]+ s$' "summary line"
[ "$(grep -c '^PASS\|^FAIL\|^SKIP' "$TMP/out")" -eq 5 ] && pass "one line per test" || fail "not one line per test: $(cat "$TMP/out")"

expect_code 0 "passes and skips only -> exit 0" -- "$NETJS" test basic/test_pass.js basic/test_xfail.js basic/test_skip.js
expect_grep "$TMP/out" '^2 passed, 0 failed, 1 skipped in ' "summary without failures"

expect_code 1 "expect-fail test that exits 0, and a bad header" -- "$NETJS" test parallel/test_xfail_passes.js parallel/test_bad_header.js
expect_grep "$TMP/out" '^FAIL .*  parallel/test_xfail_passes\.js: expected to fail, but exited with 0$' "expect-fail that passes is a failure"
expect_grep "$TMP/out" "^ERROR +parallel/test_bad_header\.js: bad netjs-test header: bad timeout 'soon'" "malformed directive is an error"

expect_code 1 "require('test') helpers" -- "$NETJS" test helpers
expect_grep "$TMP/out" '^PASS .*  helpers/test_must_call_ok\.js$' "mustCall/mustCallAtLeast/listen(port 0) pass"
expect_grep "$TMP/out" '^FAIL .*  helpers/test_must_call_missing\.js: exit code 1$' "missing mustCall fails"
expect_grep "$TMP/out" 'mustCall callbackThatNeverRuns: expected 1 call\(s\), got 0' "mustCall failure names the function"
expect_grep "$TMP/out" '^FAIL .*  helpers/test_must_not_call\.js: exit code 1$' "mustNotCall fails"
expect_grep "$TMP/out" 'the timer should have been cleared' "mustNotCall message"
expect_grep "$TMP/out" '^FAIL .*  helpers/test_deadline\.js: exit code 1$' "deadline fails the test"

expect_code 0 "--list" -- "$NETJS" test --list basic
printf 'basic/sub/thing.test.js\nbasic/test_fail.js\nbasic/test_pass.js\nbasic/test_skip.js\nbasic/test_xfail.js\n' > "$TMP/want"
cmp -s "$TMP/want" "$TMP/out" && pass "--list: sorted paths, one a line" || fail "--list: $(cat "$TMP/out")"
expect_code 0 "--filter substring" -- "$NETJS" test --list --filter xfail basic
[ "$(cat "$TMP/out")" = "basic/test_xfail.js" ] && pass "--filter substring selects" || fail "--filter: $(cat "$TMP/out")"
expect_code 0 "--filter glob" -- "$NETJS" test --list --filter '*/test_p*' basic
[ "$(cat "$TMP/out")" = "basic/test_pass.js" ] && pass "--filter glob selects" || fail "--filter glob: $(cat "$TMP/out")"
expect_code 0 "--glob" -- "$NETJS" test --list --glob 'helper.js' --glob 'thing.*' basic
[ "$(tr '\n' ' ' <"$TMP/out")" = "basic/helper.js basic/sub/thing.test.js " ] && pass "--glob replaces the defaults" || fail "--glob: $(cat "$TMP/out")"
expect_code 0 "a named file runs whatever its name" -- "$NETJS" test --list basic/helper.js
(cd defaultdir && "$NETJS" test >"$TMP/out" 2>"$TMP/err"); code=$?
[ "$code" -eq 0 ] && pass "no PATH: ./tests is searched (exit 0)" || fail "no PATH: exit $code $(cat "$TMP/err")"
expect_grep "$TMP/out" '^PASS .*  tests/test_default\.js$' "no PATH: tests/ found"
expect_grep "$TMP/out" '^running 1 test file, 1 at a time$' "header line"

# --bail: serial, the first failure stops the run.
expect_code 1 "--bail -j1" -- "$NETJS" test -j1 --bail basic
expect_grep "$TMP/out" '^FAIL .*basic/test_fail\.js' "--bail: the failure is reported"
expect_no_grep "$TMP/out" 'test_pass\.js|test_xfail\.js' "--bail: nothing after it ran"
expect_grep "$TMP/out" '^--bail: stopped after basic/test_fail\.js; 3 tests not run$' "--bail: says what was left out"
# --bail in parallel: a running (hanging) test is killed at once, not waited for.
printf '// netjs-test: timeout=60\nsetInterval(function () {}, 1000);\n' > "$TMP/test_long_hang.js"
start=$(date +%s%N)
expect_code 1 "--bail -j2 kills the running test" -- "$NETJS" test -j2 --bail basic/test_fail.js "$TMP/test_long_hang.js"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$ms" -lt 30000 ] && pass "--bail: hanging test killed (${ms} ms, not its 60 s timeout)" || fail "--bail took ${ms} ms"
expect_no_grep "$TMP/out" 'test_long_hang' "--bail: the killed test is not reported"
expect_grep "$TMP/out" '1 test not run' "--bail: counted as not run"

# --netjs: another binary runs the tests; one that cannot start is an ERROR per test, not a hang.
expect_code 1 "--netjs that does not exist" -- "$NETJS" test --netjs "$TMP/no-netjs" basic/test_pass.js
expect_grep "$TMP/out" "^ERROR +basic/test_pass\.js: cannot start $TMP/no-netjs: no such file or directory$" "--netjs: spawn error reported"
expect_code 0 "--netjs with the same binary" -- "$NETJS" test --netjs "$NETJS" basic/test_pass.js

# Usage errors: exit 2, one line "netjs test: ...".
usage() {  # usage DESCRIPTION REGEX -- args...
  local what=$1 re=$2; shift 3
  expect_code 2 "$what" -- "$NETJS" "$@"
  [ "$(wc -l <"$TMP/err")" -eq 1 ] && pass "$what: one line" || fail "$what: $(cat "$TMP/err")"
  expect_grep "$TMP/err" "$re" "$what: message"
}
usage "missing path" "^netjs test: no such file or directory: nope " -- test nope
mkdir "$TMP/empty"
usage "no test files" "^netjs test: no test files found " -- test "$TMP/empty"
usage "filter matches nothing" "^netjs test: no test files found matching --filter zzz" -- test --filter zzz basic
usage "-j 0" "^netjs test: --jobs: " -- test -j 0 basic
usage "--timeout 0" "^netjs test: --timeout: " -- test --timeout 0 basic
usage "unwritable --junit" "^netjs test: cannot create the JUnit report" -- test --junit /nonexistent/dir/r.xml basic
(cd "$TMP" && "$NETJS" test >"$TMP/out" 2>"$TMP/err"); code=$?
[ "$code" -eq 2 ] && pass "no PATH and no tests/ -> exit 2" || fail "no PATH, no tests/: exit $code"
expect_grep "$TMP/err" '^netjs test: no test/ or tests/ directory here' "no PATH, no tests/: message"

finish
