#!/bin/bash
# Connection churn against JS echo servers (a 'data' listener one and a pipe() one): 6 rounds of 2,000
# short connections from 16 threads. Closed sockets must not pile up: after every round the server's
# RSS is within 2 MB of its RSS after the first round, and the first round added at most 4 MB to the
# idle server (16 live connections and the collector's slack, not 2,000 dead ones). (Sockets whose listeners close over them are
# reference cycles that only a mark-and-sweep frees; before the runtime collected them, RSS climbed
# by ~5 MB per 2,000 connections until Duktape's own, rare, collection.)
# test-labels: slow   (ASan's quarantine holds freed memory on purpose; qemu is too slow for 12,000)
. "$(dirname "$0")/../cli/lib.sh"
ROUNDS=6 N=2000 CONC=16 LIMIT_KB=2048 FIRST_ROUND_KB=4096

cat >"$TMP/echo_data.js" <<'JS'
var net = require('net');
var server = net.createServer(function (socket) {
  socket.on('data', function (data) { socket.write(data); });
  socket.on('end', function () { socket.end(); });
  socket.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
JS
cat >"$TMP/echo_pipe.js" <<'JS'
var net = require('net');
var server = net.createServer(function (socket) {
  socket.on('error', function () {});
  socket.pipe(socket);
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
JS

for name in echo_data echo_pipe; do
  "$NETJS" "$TMP/$name.js" >"$TMP/$name.out" 2>"$TMP/$name.err" &
  pid=$!
  wait_grep "$TMP/$name.out" '^port [0-9]+$' 10 || { fail "$name did not start: $(cat "$TMP/$name.err")"; continue; }
  port=$(sed -n 's/^port //p' "$TMP/$name.out")
  if ! python3 "$(dirname "$0")/churn_client.py" "$port" "$pid" $ROUNDS $N $CONC >"$TMP/$name.rounds" 2>"$TMP/$name.client"; then
    fail "$name: churn client failed: $(cat "$TMP/$name.client")"
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  idle=$(awk '$1 == "idle" {print $3}' "$TMP/$name.rounds")
  first=$(awk '$1 == "round" && $2 == 1 {print $4}' "$TMP/$name.rounds")
  worst=$(awk '$1 == "round" {if ($4 > m) m = $4} END {print m + 0}' "$TMP/$name.rounds")
  rounds=$(grep -c '^round' "$TMP/$name.rounds")
  summary=$(awk '$1 == "round" {printf "%s%s", (n++ ? ", " : ""), $4}' "$TMP/$name.rounds")
  if [ "$rounds" -eq $ROUNDS ] && [ -n "$first" ] && [ -n "$idle" ] && [ $((worst - first)) -le $LIMIT_KB ] &&
     [ $((first - idle)) -le $FIRST_ROUND_KB ]; then
    pass "$name: RSS idle $idle kB; after each round of $N within 2 MB of round 1 (kB: $summary)"
  else
    fail "$name: RSS idle $idle kB, per round (kB): $summary; limits: round 1 <= idle + $FIRST_ROUND_KB, rounds <= round 1 + $LIMIT_KB"
  fi
done
finish
