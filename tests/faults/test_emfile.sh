#!/bin/bash
# A connection flood past the descriptor limit (ulimit -n 64, 100 clients at once): the server keeps
# serving the connections it has, turns the others away at once (their peers see a close) instead of
# leaving them queued or spinning, logs it, counts it, and serves again once the flood is gone.
#  - serve: a warning line, and the summary counts them as refused ("out of file descriptors");
#  - a JS server: one 'drop' event per turned-away connection, with error.code EMFILE.
# Before: libuv closed them silently (no log, "0 refused", no event).
# test-labels: slow   (not under the sanitizers: UBSan checks a virtual call by probing memory through
#   a pipe of its own, which it cannot open with every descriptor in use, and then reports a false
#   "invalid vptr"; the same flood under valgrind memcheck is clean. Nor under qemu: it needs
#   descriptors of its own.)
. "$(dirname "$0")/../cli/lib.sh"
FLOOD=100

# serve
( ulimit -n 64; exec "$NETJS" serve --port 0 --host 127.0.0.1 ) >"$TMP/serve.out" 2>"$TMP/serve.err" &
pid=$!
wait_grep "$TMP/serve.err" 'listening on ' 10 || fail "serve did not start: $(cat "$TMP/serve.err")"
port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/serve.err" | head -1)
result=$(timeout 60 python3 "$(dirname "$0")/emfile_flood.py" "$port" $FLOOD)
echo "serve: $result"
read -r _ echoed _ closed _ after _ retries <<<"$result"
turned_away=$((closed + retries))
[ "${echoed:-0}" -ge 1 ] && [ "${closed:-0}" -ge 1 ] && [ $((echoed + closed)) -eq $FLOOD ] &&
  pass "serve: $echoed served, $closed turned away at once" || fail "serve under the flood: ${result:-no result}"
[ "$after" = OK ] && pass "serve serves again after the flood" || fail "serve after the flood: ${result:-no result}"
kill -TERM "$pid"
wait_exit "$pid" 10
[ "$WAIT_CODE" -eq 0 ] && pass "serve: SIGTERM -> exit 0 (not stuck in its accept loop)" || fail "serve: exit $WAIT_CODE"
expect_grep "$TMP/serve.err" "warning: accept EMFILE 127\.0\.0\.1:$port \(too many open files\): closed [0-9]+ connection\(s\) it could not accept" \
  "serve logs the connections it turned away"
expect_grep "$TMP/serve.err" "summary: [0-9]+ connections, $turned_away refused \($turned_away out of file descriptors\)" \
  "serve's summary counts them as refused"

# a JS server
cat >"$TMP/server.js" <<'JS'
var net = require('net');
var drops = 0, codes = {};
var server = net.createServer(function (s) {
  s.on('data', function (d) { s.write(d); });
  s.on('error', function () {});
});
server.on('drop', function (info) {
  drops++;
  codes[info.error.code + ' ' + info.error.syscall + ' ' + (info.remoteAddress === '127.0.0.1')] = true;
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
process.on('SIGTERM', function () {
  console.log('drops ' + drops + ' ' + Object.keys(codes).join(','));
  process.exit(0);
});
JS
( ulimit -n 64; exec "$NETJS" "$TMP/server.js" ) >"$TMP/js.out" 2>"$TMP/js.err" &
pid=$!
wait_grep "$TMP/js.out" '^port [0-9]+$' 10 || fail "JS server did not start: $(cat "$TMP/js.err")"
port=$(sed -n 's/^port //p' "$TMP/js.out")
result=$(timeout 60 python3 "$(dirname "$0")/emfile_flood.py" "$port" $FLOOD)
echo "JS: $result"
read -r _ echoed _ closed _ after _ retries <<<"$result"
turned_away=$((closed + retries))
[ "${echoed:-0}" -ge 1 ] && [ "${closed:-0}" -ge 1 ] && [ $((echoed + closed)) -eq $FLOOD ] &&
  pass "JS server: $echoed served, $closed turned away at once" || fail "JS server under the flood: ${result:-no result}"
[ "$after" = OK ] && pass "JS server serves again after the flood" || fail "JS server after the flood: ${result:-no result}"
kill -TERM "$pid"
wait_exit "$pid" 10
[ "$WAIT_CODE" -eq 0 ] && pass "JS server: SIGTERM handled (not stuck in its accept loop)" || fail "JS server: exit $WAIT_CODE"
expect_grep "$TMP/js.out" "^drops $turned_away EMFILE accept true$" "one 'drop' event per connection turned away, error EMFILE/accept, with the peer"
expect_grep "$TMP/js.err" "warning: accept EMFILE" "the JS server's log says so too"
finish
