#!/bin/bash
# The command line itself: --version, --help, -e/--eval, usage errors and their exit code, and the log
# options (-v/--verbose, -vv, -vvv, -q/--quiet, --log-level, --log-file, NETJS_LOG).
. "$(dirname "$0")/lib.sh"

expect_code 0 "--version" -- "$NETJS" --version
expect_grep "$TMP/out" '^netjs [0-9]+\.[0-9]+\.[0-9]+ \(Duktape 2\.[0-9]+\.[0-9]+\)$' "--version prints netjs and engine versions"

expect_code 0 "--help" -- "$NETJS" --help
expect_grep "$TMP/out" 'FILE' "--help shows usage"
expect_grep "$TMP/out" 'Exit status' "--help lists exit codes"
expect_grep "$TMP/out" '--log-level' "--help lists logging options"

expect_code 0 "-e CODE" -- "$NETJS" -e 'console.log(1 + 2)'
expect_grep "$TMP/out" '^3$' "-e output"
expect_code 0 "--eval CODE ARGS" -- "$NETJS" --eval 'console.log(process.argv.slice(1).join("+"))' x y
[ "$(cat "$TMP/out")" = "x+y" ] && pass "--eval runs CODE with its arguments" || fail "--eval output: '$(cat "$TMP/out")'"

expect_code 2 "no script -> usage error" -- "$NETJS"
expect_code 2 "unknown option -> usage error" -- "$NETJS" --no-such-option x.js
expect_code 2 "bad log level -> usage error" -- "$NETJS" --log-level loud -e '1'
expect_grep "$TMP/err" "unknown log level 'loud'" "bad log level: clear message"

# Logging: quiet by default; debug traces net events on stderr, never stdout.
cat > "$TMP/net.js" <<'JS'
var net = require('net');
var s = net.createServer(function (c) { c.end('hi'); s.close(); }).listen(0, '127.0.0.1', function () {
  net.connect(s.address().port, '127.0.0.1').on('data', function (d) { console.log('data ' + d); });
});
JS
expect_code 0 "quiet by default" -- "$NETJS" "$TMP/net.js"
[ ! -s "$TMP/err" ] && pass "nothing on stderr by default" || fail "stderr not empty by default: $(cat "$TMP/err")"
expect_code 0 "-vv traces net events" -- "$NETJS" -vv "$TMP/net.js"
expect_grep "$TMP/err" 'listening on tcp server 127\.0\.0\.1:' "debug log: listen"
expect_grep "$TMP/err" 'accept tcp socket' "debug log: accept"
expect_grep "$TMP/err" 'connect 127\.0\.0\.1:[0-9]+ ok' "debug log: connect"
expect_grep "$TMP/out" '^data hi$' "data still on stdout"
expect_no_grep "$TMP/out" 'netjs:' "no log lines on stdout"
expect_no_grep "$TMP/err" ' trace: ' "-vv: no trace lines"
expect_code 0 "-vvv" -- "$NETJS" -vvv "$TMP/net.js"
expect_grep "$TMP/err" '^netjs: [0-9:.]+ trace: read 2 bytes from tcp socket ' "-vvv: trace lines (each read)"
expect_grep "$TMP/err" 'accept tcp socket' "-vvv: the debug lines too"
expect_grep "$TMP/out" '^data hi$' "-vvv: data still on stdout"

# -v/--verbose: info; -q/--quiet: errors only. Seen on the subcommands, which log at those levels: a
# connect says what it tries at info; a server warns when --max-connections refuses a client.
"$NETJS" serve --json --port 0 --host 127.0.0.1 >"$TMP/lv.json" 2>"$TMP/lv.err" &
lvpid=$!
wait_grep "$TMP/lv.json" '"event":"listening"' 10 || fail "serve for the log-level checks did not start: $(cat "$TMP/lv.err")"
lvport=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/lv.json" | head -1)
for v in "" -v --verbose; do
  # shellcheck disable=SC2086
  expect_code 0 "connect ${v:-(no option)}" -- bounded 10 "$NETJS" $v connect --send 'v' 127.0.0.1 "$lvport"
  if [ -z "$v" ]; then
    [ ! -s "$TMP/err" ] && pass "connect: no log by default" || fail "connect logged by default: $(cat "$TMP/err")"
  else
    expect_grep "$TMP/err" "^netjs: info: connect: trying 127\.0\.0\.1:$lvport$" "$v: info lines"
    expect_no_grep "$TMP/err" ' debug: ' "$v: no debug lines"
  fi
done
kill "$lvpid"; wait_exit "$lvpid"
for q in "" --quiet -q; do
  : >"$TMP/q.json"  # not the previous server's events while this one starts
  # shellcheck disable=SC2086
  "$NETJS" $q serve --json --max-connections 1 --port 0 --host 127.0.0.1 >"$TMP/q.json" 2>"$TMP/q.err" &
  qpid=$!
  wait_grep "$TMP/q.json" '"event":"listening"' 10 || fail "serve ${q:-(no option)} did not start: $(cat "$TMP/q.err")"
  qport=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/q.json" | head -1)
  "$NETJS" connect --on-eof wait 127.0.0.1 "$qport" </dev/null >/dev/null 2>&1 &
  holder=$!
  wait_grep "$TMP/q.json" '"event":"connection"' 10 || fail "serve ${q:-(no option)}: first client not seen"
  expect_code 0 "a client refused by serve ${q:-(no option)}" -- bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$qport" </dev/null
  wait_grep "$TMP/q.json" '"event":"refused"' 10 || fail "serve ${q:-(no option)}: no refused event"
  kill "$qpid"; wait_exit "$qpid"
  [ "$WAIT_CODE" -eq 0 ] || fail "serve ${q:-(no option)}: exit $WAIT_CODE"
  wait_exit "$holder"
  if [ -z "$q" ]; then
    expect_grep "$TMP/q.err" '^netjs: warning: serve: refused 127\.0\.0\.1:[0-9]+: 1 connections open' "the refusal is a warning by default"
  else
    [ ! -s "$TMP/q.err" ] && pass "$q: the warning is not logged" || fail "$q: stderr $(cat "$TMP/q.err")"
  fi
done
NETJS_LOG=debug expect_code 0 "NETJS_LOG=debug" -- "$NETJS" "$TMP/net.js"
expect_grep "$TMP/err" 'accept tcp socket' "NETJS_LOG enables the debug log"
expect_code 0 "--log-file" -- "$NETJS" --log-level debug --log-file "$TMP/log.txt" "$TMP/net.js"
expect_grep "$TMP/log.txt" 'accept tcp socket' "--log-file gets the log"

# Built-in modules load from the embedded bytecode; NETJS_NO_BYTECODE=1 compiles them from source,
# with the same result.
expect_code 0 "bytecode run" -- "$NETJS" -vv "$TMP/net.js"
expect_grep "$TMP/err" 'built-in modules: (bytecode for|compiled from source \(this build embeds no bytecode)' "debug log says how modules load"
cp "$TMP/out" "$TMP/out.bytecode"
NETJS_NO_BYTECODE=1 expect_code 0 "NETJS_NO_BYTECODE=1 run" -- "$NETJS" -vv "$TMP/net.js"
expect_grep "$TMP/err" 'built-in modules: compiled from source' "NETJS_NO_BYTECODE compiles from source"
cmp -s "$TMP/out" "$TMP/out.bytecode" && pass "same output from source" || fail "output differs from source: $(cat "$TMP/out")"

# The bytecode of the modules an empty script loads is stored as dumped (lib/js/tools/make_bytecode.cpp,
# loaded_at_startup): a start-up unpacks nothing. The others are packed, and unpack when required.
expect_code 0 "empty script, -vvv" -- "$NETJS" -vvv -e ''
if grep -q 'load built-in module .*bytes of bytecode' "$TMP/err"; then
  expect_no_grep "$TMP/err" 'unpacked from' "a start-up loads no packed bytecode"
  expect_code 0 "packed module" -- "$NETJS" -vvv -e 'require("net")'
  expect_grep "$TMP/err" 'load built-in module net \(.*unpacked from' "a required module unpacks"
fi

finish
