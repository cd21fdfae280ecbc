#!/bin/bash
# The soak test, 60 s per server (scripts/soak.sh --secs 60; 10 minutes by hand, tests/soak/README.md):
# `netjs serve` and a JS pipe() echo under 16 checksummed streams, 0 errors, 0 bad bytes, RSS drift
# <= 5 % after warm-up. First, the client itself must notice a corrupted byte and a connection cut
# short, so a PASS cannot come from a checker that checks nothing.
# test-labels: slow   (two minutes of full load; ASan's quarantine and qemu are no measure of RSS)
#   test_soak.sh NETJS SOAKLOAD
. "$(dirname "$0")/../cli/lib.sh"
CLIENT=${2:?usage: test_soak.sh NETJS SOAKLOAD}
here=$(cd "$(dirname "$0")" && pwd)

# A server that flips one byte once 100 kB have passed, and one that resets every connection there.
cat >"$TMP/broken.js" <<'JS'
var net = require('net');
var how = process.argv[2], seen = 0, flipped = false;
var server = net.createServer(function (socket) {
  socket.on('error', function () {});
  socket.on('data', function (data) {
    seen += data.length;
    if (seen > 100000 && how === 'flip' && !flipped) { flipped = true; data[data.length - 1] ^= 0x5a; }
    if (seen > 100000 && how === 'reset') { socket.destroy(); return; }
    socket.write(data);
  });
  socket.on('end', function () { socket.end(); });
});
server.listen(0, '127.0.0.1', function () { console.log('port ' + server.address().port); });
JS
for how in flip reset; do
  "$NETJS" "$TMP/broken.js" $how >"$TMP/$how.out" 2>"$TMP/$how.err" &
  pid=$!
  if wait_grep "$TMP/$how.out" '^port [0-9]+$' 10; then
    port=$(sed -n 's/^port //p' "$TMP/$how.out")
    "$CLIENT" 127.0.0.1 "$port" conns=2 secs=1 stream_mb=1 pid=$pid >"$TMP/$how.client" 2>"$TMP/$how.client.err"
    code=$?
    summary=$(grep '^soak ' "$TMP/$how.client")
    case $how in
      flip) want='errors=0 bad_bytes=1 ' ;;
      reset) want='errors=[1-9][0-9]* bad_bytes=0 ' ;;
    esac
    if [ $code -eq 2 ] && echo "$summary" | grep -Eq " $want"; then
      pass "the client reports a server that does '$how' (exit 2: ${summary#soak })"
    else
      fail "server doing '$how': client exit $code, wanted 2 with /$want/: $summary $(head -c 300 "$TMP/$how.client.err")"
    fi
  else
    fail "broken server ($how) did not start: $(cat "$TMP/$how.err")"
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
done

if bash "$here/../../scripts/soak.sh" --secs 60 --netjs "$NETJS" --client "$CLIENT" --log-dir "$TMP/logs"; then
  pass "soak: 60 s per server"
else
  fail "soak: see above"
fi
finish
