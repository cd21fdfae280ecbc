#!/bin/bash
# Script semantics as a script author expects them (Node's): exit codes and what reaches stderr.
. "$(dirname "$0")/lib.sh"

cat > "$TMP/ok.js" <<'JS'
setTimeout(function () { console.log('done'); }, 5);
JS
expect_code 0 "loop drains -> exit 0" -- "$NETJS" "$TMP/ok.js"
expect_grep "$TMP/out" '^done$' "script output on stdout"

expect_code 7 "process.exit(7)" -- "$NETJS" -e 'process.on("exit", function (c) { console.log("exit listener " + c); }); process.exit(7); console.log("after exit")'
expect_grep "$TMP/out" '^exit listener 7$' "'exit' listeners run before process.exit exits"
expect_no_grep "$TMP/out" 'after exit' "nothing runs after process.exit"

expect_code 3 "process.exitCode = 3" -- "$NETJS" -e 'process.exitCode = 3'
expect_code 5 "process.exit() inside an 'exit' listener wins" -- "$NETJS" -e 'process.on("exit", function () { process.exit(5); }); process.exit(2)'

printf 'function f() {\n  throw new Error("boom");\n}\nsetTimeout(f, 1);\n' > "$TMP/throws.js"
expect_code 1 "uncaught exception -> exit 1" -- "$NETJS" "$TMP/throws.js"
expect_grep "$TMP/err" "^$TMP/throws.js:2\$" "uncaught: location file:line first"
expect_grep "$TMP/err" '^Error: boom$' "uncaught: the error message"
expect_grep "$TMP/err" "at f \\($TMP/throws.js:2\\)" "uncaught: the stack with file:line"

printf 'process.on("exit", function (c) { console.log("exit code " + c); });\nthrow new Error("top");\n' > "$TMP/throws_exit.js"
expect_code 1 "uncaught exception still runs 'exit' listeners" -- "$NETJS" "$TMP/throws_exit.js"
expect_grep "$TMP/out" '^exit code 1$' "'exit' listener sees code 1"

printf 'var a = 1;\nvar b = ;\n' > "$TMP/syntax.js"
expect_code 1 "syntax error -> exit 1" -- "$NETJS" "$TMP/syntax.js"
expect_grep "$TMP/err" "^$TMP/syntax.js:2\$" "syntax error: file:line"
expect_grep "$TMP/err" 'SyntaxError' "syntax error: named"

expect_code 1 "exception in an 'exit' listener -> exit 1" -- "$NETJS" -e 'process.on("exit", function () { throw new Error("in exit listener"); })'
expect_grep "$TMP/err" 'in exit listener' "exception in 'exit' listener: message printed"
expect_code 1 "failed assert in an 'exit' listener -> exit 1" -- "$NETJS" -e 'process.on("exit", function () { require("assert").strictEqual(1, 2); })'
expect_grep "$TMP/err" 'AssertionError' "failed assert in 'exit' listener: printed"

expect_code 2 "missing script -> exit 2" -- "$NETJS" "$TMP/nope.js"
expect_grep "$TMP/err" "^netjs: cannot open script '$TMP/nope.js': No such file or directory\$" "missing script: one clear line"
[ "$(wc -l < "$TMP/err")" -eq 1 ] && pass "missing script: exactly one line" || fail "missing script: more than one line"

# A thrown non-Error value carries no stack: as Node, the report still says where it was thrown
# (file:line), then the value as Node shows it (a string as is, an object inspected).
expect_code 1 "throwing a non-Error value" -- "$NETJS" -e 'throw "plain string"'
[ "$(cat "$TMP/err")" = "$(printf '[eval]:1\n\nplain string')" ] && pass "non-Error value: location, then the value" ||
  fail "non-Error value report: $(cat "$TMP/err")"
printf 'var x = 1;\nfunction f() {\n  throw 42;\n}\ntry { throw 7; } catch (e) {}\nsetTimeout(f, 1);\n' >"$TMP/throw42.js"
expect_code 1 "throw 42 from a timer" -- "$NETJS" "$TMP/throw42.js"
[ "$(cat "$TMP/err")" = "$(printf '%s:3\n\n42' "$TMP/throw42.js")" ] && pass "throw 42: file:line of the throw, then 42" ||
  fail "throw 42 report: $(cat "$TMP/err")"
expect_code 1 "throwing an object" -- "$NETJS" -e 'throw {a: 1, b: "x"}'
expect_grep "$TMP/err" "^\{ a: 1, b: 'x' \}$" "a thrown object is inspected"

expect_code 0 "uncaughtException listener keeps the process alive" -- "$NETJS" -e 'process.on("uncaughtException", function (e) { console.log("caught " + e.message); }); setTimeout(function () { throw new Error("x"); }, 1)'
expect_grep "$TMP/out" '^caught x$' "uncaughtException listener got the error"

expect_code 0 "script arguments reach process.argv" -- "$NETJS" -e 'console.log(JSON.stringify(process.argv.slice(1)))' a --b -c
expect_grep "$TMP/out" '^\["a","--b","-c"\]$' "options after the script belong to the script"

printf 'console.log(process.argv.slice(2).join(" "))\n' > "$TMP/args.js"
expect_code 0 "file script arguments" -- "$NETJS" "$TMP/args.js" one --two
expect_grep "$TMP/out" '^one --two$' "file script gets its arguments"

# SIGPIPE never kills netjs: the reader goes away while the script writes. The script runs on (as in
# Node, the EPIPE is an 'error' event after the current code); unhandled, it is exit 1, not a signal.
"$NETJS" -e 'var s = new Array(1025).join("x"); for (var i = 0; i < 20000; i++) process.stdout.write(s + "\n"); console.error("survived")' 2>"$TMP/pipe_err" | head -c 10 >/dev/null
code=${PIPESTATUS[0]}
if [ "$code" -eq 1 ] && grep -q '^survived$' "$TMP/pipe_err" && grep -q '^Error: write EPIPE' "$TMP/pipe_err"; then
  pass "SIGPIPE does not kill netjs: the script runs on, then the unhandled EPIPE exits 1"
else
  fail "SIGPIPE: exit $code, stderr $(head -c 400 "$TMP/pipe_err")"
fi

finish
