#!/bin/bash
# 20 clients reset their connections (RST) in mid-stream while the server is still echoing to them:
# reads fail with ECONNRESET, queued writes with EPIPE/ECONNRESET. No crash, nothing leaked into the
# next client: a polite client afterwards is echoed byte-exact.
#  - serve: each reset is a log line, not an error, and the summary counts every connection;
#  - a JS echo server: each socket gets 'error' (ECONNRESET or EPIPE, with syscall) then 'close'
#    with hadError true; the server keeps running.
. "$(dirname "$0")/../cli/lib.sh"
N=20

start_serve serve -v || finish
result=$(timeout 60 python3 "$(dirname "$0")/reset_clients.py" "$SERVE_PORT" $N)
[ "$result" = "reset $N polite OK" ] && pass "serve: $N resets survived, next client echoed" || fail "serve: ${result:-no result}"
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "serve: exit 0" || fail "serve: exit $SERVE_CODE"
resets=$(grep -Ec 'info: serve: connection [0-9]+ from .*: (read|write) (ECONNRESET|EPIPE)' "$TMP/serve.err")
[ "$resets" -eq $N ] && pass "serve: each reset logged ($resets)" || fail "serve: $resets reset lines for $N clients: $(grep -v 'connection [0-9]* from' "$TMP/serve.err" | head -5)"
expect_grep "$TMP/serve.err" "summary: $((N + 1)) connections, 0 refused" "serve: summary counts them all"

cat >"$TMP/server.js" <<'JS'
var net = require('net');
var errors = {}, closedWithError = 0, closed = 0;
var server = net.createServer(function (s) {
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { s.end(); });
  s.on('error', function (e) { var k = e.code + '/' + e.syscall; errors[k] = (errors[k] || 0) + 1; });
  s.on('close', function (hadError) { closed++; if (hadError) closedWithError++; });
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
process.on('SIGTERM', function () {
  var total = 0;
  for (var k in errors) total += errors[k];
  console.log('errors ' + total + ' closed ' + closed + ' hadError ' + closedWithError + ' kinds ' + Object.keys(errors).sort().join(','));
  process.exit(0);
});
JS
"$NETJS" "$TMP/server.js" >"$TMP/js.out" 2>"$TMP/js.err" &
pid=$!
wait_grep "$TMP/js.out" '^port [0-9]+$' 10 || fail "JS server did not start: $(cat "$TMP/js.err")"
port=$(sed -n 's/^port //p' "$TMP/js.out")
result=$(timeout 60 python3 "$(dirname "$0")/reset_clients.py" "$port" $N)
[ "$result" = "reset $N polite OK" ] && pass "JS: $N resets survived, next client echoed" || fail "JS: ${result:-no result}"
kill -TERM "$pid"
wait_exit "$pid" 10
[ "$WAIT_CODE" -eq 0 ] && pass "JS server: exit 0" || fail "JS server: exit $WAIT_CODE; $(head -c 300 "$TMP/js.err")"
expect_grep "$TMP/js.out" "^errors $N closed $((N + 1)) hadError $N kinds (ECONNRESET/read|EPIPE/write|ECONNRESET/write)(,(ECONNRESET/read|EPIPE/write|ECONNRESET/write))*$" \
  "JS: one 'error' per reset (ECONNRESET/EPIPE with syscall), 'close' with hadError"
cat "$TMP/js.out" | tail -1
finish
