#!/bin/bash
# Unhandled promise rejections end the script as in Node v20 (mode 'throw'): exit code 1, the reason
# on stderr (an Error's message and stack; for any other value Node's ERR_UNHANDLED_REJECTION message),
# 'exit' listeners run with 1; a listener for 'unhandledRejection' or 'uncaughtException' keeps the
# process alive. Where node is installed, its exit code and error line are compared too.
. "$(dirname "$0")/lib.sh"

# The line that names the error: "Error: boom", "UnhandledPromiseRejection: ...".
error_line() { grep -E -m1 '^[A-Za-z]*(Error|Rejection)( \[[A-Z_]+\])?: ' "$1"; }

# check NAME WANT_CODE WANT_LINE_REGEX: runs $TMP/NAME.js on netjs (and node, if there).
check() {
  local name=$1 want=$2 line=$3
  expect_code "$want" "$name: exit code" -- "$NETJS" "$TMP/$name.js"
  cp "$TMP/out" "$TMP/$name.netjs.out"
  cp "$TMP/err" "$TMP/$name.netjs.err"
  if [ -n "$line" ]; then expect_grep "$TMP/err" "$line" "$name: error on stderr"; fi
  if command -v node >/dev/null 2>&1; then
    node "$TMP/$name.js" >"$TMP/$name.node.out" 2>"$TMP/$name.node.err"
    local node_code=$?
    [ "$node_code" -eq "$want" ] && pass "$name: node agrees on exit $want" || fail "$name: node exits $node_code"
    [ "$(error_line "$TMP/$name.netjs.err")" = "$(error_line "$TMP/$name.node.err")" ] &&
      pass "$name: same error line as node" ||
      fail "$name: error line '$(error_line "$TMP/$name.netjs.err")' vs node's '$(error_line "$TMP/$name.node.err")'"
    cmp -s "$TMP/$name.netjs.out" "$TMP/$name.node.out" && pass "$name: same stdout as node" ||
      fail "$name: stdout differs from node's: $(head -c 300 "$TMP/$name.netjs.out")"
  fi
}

REASON='This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch\(\). The promise rejected with the reason'

printf 'process.on("exit", function (c) { console.log("exit " + c); });\nPromise.reject(new Error("boom"));\nsetTimeout(function () { console.log("never"); }, 50);\n' >"$TMP/error.js"
check error 1 '^Error: boom$'
expect_grep "$TMP/error.netjs.out" '^exit 1$' "error: 'exit' listeners see code 1"
expect_no_grep "$TMP/error.netjs.out" 'never' "error: nothing runs after"
expect_grep "$TMP/error.netjs.err" "at .*error.js:2" "error: the stack names the script line"

printf 'Promise.reject(42);\n' >"$TMP/number.js"
check number 1 "^UnhandledPromiseRejection: $REASON \"42\"\\.\$"

printf 'new Promise(function (res, rej) { rej({ a: 1 }); });\n' >"$TMP/object.js"
check object 1 "^UnhandledPromiseRejection: $REASON \"#<Object>\"\\.\$"

printf 'Promise.resolve().then(function () { throw new TypeError("in then"); });\n' >"$TMP/then.js"
check then 1 '^TypeError: in then$'

printf 'setTimeout(function () { Promise.reject(new RangeError("from timer")); }, 1);\n' >"$TMP/timer.js"
check timer 1 '^RangeError: from timer$'

# Handled in time, or by a listener: exit 0.
printf 'var p = Promise.reject(1);\nprocess.nextTick(function () { p.catch(function () { console.log("caught"); }); });\n' >"$TMP/handled.js"
check handled 0 ''
expect_grep "$TMP/handled.netjs.out" '^caught$' "handled: the late-but-same-drain catch ran"

printf 'process.on("unhandledRejection", function (r) { console.log("reported " + r); });\nPromise.reject("x");\n' >"$TMP/listener.js"
check listener 0 ''
expect_grep "$TMP/listener.netjs.out" '^reported x$' "listener: unhandledRejection got the reason"

printf 'process.on("uncaughtException", function (e, origin) { console.log(origin + " " + e.code); });\nPromise.reject(7);\n' >"$TMP/uncaught.js"
check uncaught 0 ''
expect_grep "$TMP/uncaught.netjs.out" '^unhandledRejection ERR_UNHANDLED_REJECTION$' "uncaught: listener got origin and code"

finish
