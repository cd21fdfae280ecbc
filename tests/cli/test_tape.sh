#!/bin/bash
# require('test') in tape's shape: each script under runner_fixtures/tape run directly prints the TAP
# tape 5 prints (runner_checks/tape_expected/*.tap, made with Node and tape 5.10; "at:" lines and
# stack blocks left out, as they name each engine's frames) and exits as tape does. When `node` and
# a tape install are present (TAPE_NODE_MODULES: a node_modules directory holding tape), the same
# scripts are also run under Node and compared; otherwise that part is skipped (CI has no npm).
# Then `netjs test` on them: each test() its own result in the text report.
. "$(dirname "$0")/lib.sh"
EXPECTED=$(cd "$(dirname "$0")/runner_checks/tape_expected" && pwd)
cd "$(dirname "$0")/runner_fixtures" || exit 1

# The TAP without what differs between engines: "at:" lines and stack blocks.
normalise() { awk '/^    stack: \|-$/ {s=1; next} s && /^      / {next} {s=0} /^    at: / {next} {print}' "$1"; }

# --- each script run directly ------------------------------------------------------------------------
declare -A want_code=([test_pass]=0 [test_fail]=1 [test_plan]=1 [test_never_ends]=1 [test_only]=0
                      [test_timeout]=1 [test_throw]=1 [test_todo]=0 [test_skip]=0 [test_nested_plan]=0
                      [test_exit_zero]=0 [test_assertions]=1)
for f in tape/test_*.js; do
  name=$(basename "$f" .js)
  [ -n "${want_code[$name]:-}" ] || { fail "$name: no expected exit code in this script"; continue; }
  expect_code "${want_code[$name]}" "netjs $f" -- bounded 20 "$NETJS" "$f"
  if diff <(normalise "$TMP/out") "$EXPECTED/$name.tap" >"$TMP/diff"; then
    pass "$name: TAP as tape's"
  else
    fail "$name: TAP differs from tape's: $(head -c 1500 "$TMP/diff")"
  fi
  expect_no_grep "$TMP/out" $'\x1e' "$name: no runner marks outside the runner"
done

# Details the expected files leave out: where a failure is, and the stack of the error behind it.
"$NETJS" tape/test_fail.js >"$TMP/out" 2>"$TMP/err"
expect_grep "$TMP/out" '^    at: <anonymous> \(/.*/tape/test_fail\.js:5\)$' "at: names the script's line"
expect_grep "$TMP/out" '^      Error: E1$' "t.error(err): the error's stack"
expect_grep "$TMP/out" '^          at .*/tape/test_fail\.js:11\)' "t.error(err): stack frames"
"$NETJS" tape/test_throw.js >"$TMP/out" 2>"$TMP/err"
expect_grep "$TMP/err" '^Error: thrown in a test$' "an exception in a test is reported as uncaught"
expect_no_grep "$TMP/out" '^# (tests|pass|fail)' "no summary after an uncaught exception (as tape)"
# timeoutAfter fails at its time, not the process's end: the third test still runs and passes.
"$NETJS" tape/test_timeout.js >"$TMP/out" 2>"$TMP/err"
expect_grep "$TMP/out" '^not ok 2 timeoutAfter timed out after 50ms$' "timeoutAfter"
expect_grep "$TMP/out" '^ok 5 done$' "the test after a timed-out one runs"

# TODO_IS_OK=1 (as tape): a todo's failure prints as "ok".
TODO_IS_OK=1 "$NETJS" tape/test_todo.js >"$TMP/out" 2>&1
expect_grep "$TMP/out" '^ok 1 not yet # TODO$' "TODO_IS_OK=1"

# The helpers stay on the function.
cat > "$TMP/helpers.js" <<'JS'
var test = require('test');
if (typeof test !== 'function' || typeof test.mustCall !== 'function' || typeof test.listen !== 'function' ||
    typeof test.deadline !== 'function' || typeof test.mustNotCall !== 'function' ||
    typeof test.mustCallAtLeast !== 'function' || typeof test.only !== 'function' || typeof test.skip !== 'function') {
  throw new Error('missing export');
}
test('helpers inside a test', function (t) {
  setTimeout(test.mustCall(function () { t.pass('called'); t.end(); }), 1);
});
JS
expect_code 0 "helpers beside test()" -- "$NETJS" "$TMP/helpers.js"
expect_grep "$TMP/out" '^ok 1 called$' "helpers beside test(): TAP"
# A mustCall never called still fails the script (its 'exit' check runs after the harness's).
sed 's/setTimeout(test.mustCall(function () { t.pass(.called.); t.end(); }), 1);/test.mustCall(); t.end();/' "$TMP/helpers.js" > "$TMP/helpers2.js"
expect_code 1 "mustCall beside test() still checked" -- "$NETJS" "$TMP/helpers2.js"
expect_grep "$TMP/err" 'mustCall .*expected 1 call' "mustCall message"

# Two test.only: tape's error.
printf "var test = require('test');\ntest.only('a', function (t) { t.end(); });\ntest.only('b', function (t) { t.end(); });\n" > "$TMP/only2.js"
expect_code 1 "two test.only" -- "$NETJS" "$TMP/only2.js"
expect_grep "$TMP/err" 'there can only be one only test' "two test.only: message"

# --- the same scripts under Node and tape, when both are here -----------------------------------------
tape_dir=${TAPE_NODE_MODULES:-}
if command -v node >/dev/null && [ -n "$tape_dir" ] && [ -f "$tape_dir/tape/package.json" ]; then
  mkdir -p "$TMP/nm/test"
  echo "module.exports = require('$tape_dir/tape');" > "$TMP/nm/test/index.js"
  for f in tape/test_*.js; do
    name=$(basename "$f" .js)
    NODE_PATH="$TMP/nm" bounded 20 node "$f" >"$TMP/node.out" 2>/dev/null
    node_code=$?
    "$NETJS" "$f" >"$TMP/netjs.out" 2>/dev/null
    netjs_code=$?
    # Known differences: tape 5's test.skip() prints nothing (netjs lists it as "# SKIP name"), and
    # tape exits from its own 'exit' listener, so a later listener cannot change the code.
    if [ "$name" = test_skip ]; then
      grep -v '^# SKIP test\.skip$' "$TMP/netjs.out" > "$TMP/netjs.cmp"
    else
      cp "$TMP/netjs.out" "$TMP/netjs.cmp"
    fi
    if diff <(normalise "$TMP/node.out") <(normalise "$TMP/netjs.cmp") >"$TMP/diff"; then
      pass "$name: same TAP as Node with tape"
    else
      fail "$name: TAP differs from Node with tape: $(head -c 1500 "$TMP/diff")"
    fi
    if [ "$name" = test_exit_zero ]; then
      [ "$node_code" = 1 ] && [ "$netjs_code" = 0 ] && pass "$name: exit codes (1 under tape, 0 here)" ||
        fail "$name: exit codes node $node_code netjs $netjs_code"
    elif [ "$node_code" = "$netjs_code" ]; then
      pass "$name: same exit code as Node with tape ($node_code)"
    else
      fail "$name: exit code $netjs_code, Node with tape $node_code"
    fi
  done
else
  echo "skip: Node with tape (set TAPE_NODE_MODULES to a node_modules directory holding tape 5)"
fi

# --- netjs test: a result per test() -----------------------------------------------------------------
expect_code 1 "netjs test tape" -- bounded 60 "$NETJS" test -j2 tape
expect_grep "$TMP/out" '^PASS +[0-9.]+s  tape/test_pass\.js$' "text: passing tape file"
expect_grep "$TMP/out" '^FAIL +[0-9.]+s  tape/test_fail\.js: exit code 1; 1 of 2 tests failed$' "text: file line counts failed test()s"
expect_grep "$TMP/out" '^ +not ok  failures: should be truthy \(8 failed assertions\)$' "text: failing test() under its file"
expect_no_grep "$TMP/out" 'not ok  passes after the failures' "text: passing test()s not listed"
expect_grep "$TMP/out" '^FAIL +[0-9.]+s  tape/test_exit_zero\.js: 1 of 1 test failed$' "exit 0 with a failed test() fails"
expect_grep "$TMP/out" '^ +not ok  throws: did not end: exit code 1$' "a test() cut short by an exception"
expect_grep "$TMP/out" '^ +not ok  never completed: plan != count$' "plan never completed"
expect_grep "$TMP/out" '^ +not ok  queued behind it: test exited without ending: queued behind it$' "a test() never started"
expect_grep "$TMP/out" '^PASS +[0-9.]+s  tape/test_todo\.js$' "todo failures do not fail"
expect_grep "$TMP/out" '^5 passed, 7 failed' "summary counts files"
expect_no_grep "$TMP/out" $'\x1e' "no runner marks in the report"

# A test() that hangs until the runner's timeout: reported unfinished, with the file's timeout (which
# the runner stretches by NETJS_TEST_TIME_FACTOR, as under qemu-user: scaled() says by how much).
. ../runner_checks/time_factor.sh
cat > "$TMP/test_hang.js" <<'JS'
var test = require('test');
test('quick', function (t) { t.pass('ok'); t.end(); });
test('hangs', function (t) { t.pass('started'); setInterval(function () {}, 1000); });
JS
expect_code 1 "hanging test()" -- bounded 30 "$NETJS" test --timeout 0.5 --junit "$TMP/hang.xml" "$TMP/test_hang.js"
expect_grep "$TMP/out" '^TIMEOUT .*test_hang\.js: timed out after '"$(scaled 0.5)"' s; open handles: timer' "hanging test(): file verdict as before"
expect_grep "$TMP/out" '^ +not ok  hangs: did not end: timed out$' "hanging test(): the test() that hung"
expect_grep "$TMP/hang.xml" '<failure message="did not end: timed out" type="unfinished">did not end: timed out' "hanging test(): JUnit"
expect_grep "$TMP/hang.xml" '^the file: timed out after '"$(scaled 0.5)"' s; open handles: timer' "hanging test(): JUnit names the open handles"

finish
