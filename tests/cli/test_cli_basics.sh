#!/bin/bash
# The command line itself: --version, --help, -e, usage errors and their exit code.
. "$(dirname "$0")/lib.sh"

expect_code 0 "--version" -- "$NETJS" --version
expect_grep "$TMP/out" '^netjs [0-9]+\.[0-9]+\.[0-9]+ \(Duktape 2\.[0-9]+\.[0-9]+\)$' "--version prints netjs and engine versions"

expect_code 0 "--help" -- "$NETJS" --help
expect_grep "$TMP/out" 'FILE' "--help shows usage"
expect_grep "$TMP/out" 'Exit status' "--help lists exit codes"
expect_grep "$TMP/out" '--log-level' "--help lists logging options"

expect_code 0 "-e CODE" -- "$NETJS" -e 'console.log(1 + 2)'
expect_grep "$TMP/out" '^3$' "-e output"

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

finish
