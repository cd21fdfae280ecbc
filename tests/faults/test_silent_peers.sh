#!/bin/bash
# Peers that go silent without closing, and half-open ones (FIN sent, never reading): `serve
# --idle-timeout` closes the silent ones once the timeout has passed, and the half-open ones as soon
# as the echo is done; none of them is held for ever. The same for a JS server using
# socket.setTimeout, as Node scripts do. (On loopback a vanished peer cannot be made; a silent one is
# what the server sees of it until keepalive, which --keepalive also switches on here, gives up.)
. "$(dirname "$0")/../cli/lib.sh"
N=10
bound=$((30 * ${NETJS_TEST_TIME_FACTOR:-1}))

start_serve idle --idle-timeout 1s --keepalive || finish
result=$(timeout $((bound + 30)) python3 "$(dirname "$0")/silent_peers.py" "$SERVE_PORT" $N "$bound")
[ "$result" = "closed $N of $N" ] && pass "serve closed every silent and half-open peer" || fail "serve: ${result:-no result}"
stop_serve TERM
timeouts=$(grep -c 'idle timeout, closing' "$TMP/idle.err")
[ "$timeouts" -eq $((N / 2)) ] && pass "serve: the $timeouts silent ones by the idle timeout" ||
  fail "serve: $timeouts idle timeouts for $((N / 2)) silent peers"

cat >"$TMP/server.js" <<'JS'
var net = require('net');
var timeouts = 0;
var server = net.createServer(function (s) {
  s.setTimeout(1000, function () { timeouts++; s.destroy(); });
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { s.end(); });
  s.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
process.on('SIGTERM', function () { console.log('timeouts ' + timeouts); process.exit(0); });
JS
"$NETJS" "$TMP/server.js" >"$TMP/js.out" 2>"$TMP/js.err" &
pid=$!
wait_grep "$TMP/js.out" '^port [0-9]+$' 10 || fail "JS server did not start: $(cat "$TMP/js.err")"
port=$(sed -n 's/^port //p' "$TMP/js.out")
result=$(timeout $((bound + 30)) python3 "$(dirname "$0")/silent_peers.py" "$port" $N "$bound")
[ "$result" = "closed $N of $N" ] && pass "JS server closed every silent and half-open peer" || fail "JS: ${result:-no result}"
kill -TERM "$pid"
wait_exit "$pid" 10
expect_grep "$TMP/js.out" "^timeouts $((N / 2))$" "JS: the silent ones by socket.setTimeout"
finish
