#!/bin/bash
# stdout whose reader has gone (`| head`): nothing is reported as delivered that was not.
#  - serve --mode sink stops, says EPIPE and exits 6 (as connect reports a network/I/O failure);
#  - a script's process.stdout gets Node's 'error' (EPIPE, syscall write); unhandled, that is exit 1;
#    console.log into the closed pipe ends the same way instead of looping forever. Each case was
#    checked against Node v20.
. "$(dirname "$0")/../cli/lib.sh"

# A FIFO whose reader takes a few bytes and goes: the writer's next writes fail with EPIPE.
# closed_reader NAME: makes $TMP/NAME.fifo and starts `head -c 16` on it.
closed_reader() {
  mkfifo "$TMP/$1.fifo"
  head -c 16 "$TMP/$1.fifo" >"$TMP/$1.head" &
}

# --- serve --mode sink ---
closed_reader sink
"$NETJS" serve --port 0 --host 127.0.0.1 --mode sink >"$TMP/sink.fifo" 2>"$TMP/sink.err" &
SERVE_PID=$!
wait_grep "$TMP/sink.err" 'listening on ' 10 || fail "sink did not start: $(cat "$TMP/sink.err")"
port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/sink.err" | head -1)
head -c 4000000 /dev/zero >"$TMP/zeros"
# The client may see its connection closed under it: its exit code is not what is tested here.
timeout 20 "$NETJS" connect 127.0.0.1 "$port" <"$TMP/zeros" >/dev/null 2>"$TMP/client.err"
wait_exit "$SERVE_PID" 20
[ "$WAIT_CODE" -eq 6 ] && pass "sink exits 6 when stdout's reader is gone" || fail "sink: exit $WAIT_CODE, wanted 6; $(tail -3 "$TMP/sink.err")"
expect_grep "$TMP/sink.err" '^netjs serve: .*EPIPE.*stopping' "sink reports EPIPE and stops"
expect_no_grep "$TMP/sink.err" '4000000 bytes in' "sink does not claim the lost bytes"

# --- process.stdout in a script ---
cat >"$TMP/loop_write.js" <<'JS'
var i = 0; function f() { process.stdout.write('line ' + (i++) + '\n'); setImmediate(f); } f();
JS
cat >"$TMP/loop_log.js" <<'JS'
var i = 0; function f() { console.log('line ' + (i++)); setImmediate(f); } f();
JS
cat >"$TMP/handled.js" <<'JS'
var calls = [];
process.stdout.on('error', function (e) {
  process.stdout.write('after\n', function (e2) {
    process.stderr.write('error ' + e.code + ' ' + e.syscall + ' ' + e.message + '; write cb ' + calls.join(',') +
                         '; later write ' + (e2 && e2.code) + '\n');
    process.exit(3);
  });
});
var i = 0;
function f() {
  var n = i++;
  process.stdout.write('line ' + n + '\n', function (err) { if (err) calls.push(err.code); });
  setImmediate(f);
}
f();
JS

for name in loop_write loop_log; do
  closed_reader "$name"
  timeout 20 "$NETJS" "$TMP/$name.js" >"$TMP/$name.fifo" 2>"$TMP/$name.err"
  code=$?
  [ "$code" -eq 1 ] && pass "$name: EPIPE unhandled -> exit 1" || fail "$name: exit $code, wanted 1; $(head -c 300 "$TMP/$name.err")"
  expect_grep "$TMP/$name.err" '^Error: write EPIPE' "$name: the uncaught error is write EPIPE"
done

closed_reader handled
timeout 20 "$NETJS" "$TMP/handled.js" >"$TMP/handled.fifo" 2>"$TMP/handled.err"
code=$?
[ "$code" -eq 3 ] && pass "an 'error' listener gets the EPIPE" || fail "handled: exit $code; $(head -c 300 "$TMP/handled.err")"
expect_grep "$TMP/handled.err" '^error EPIPE write write EPIPE; write cb EPIPE; later write EPIPE$' \
  "error has code/syscall/message; the write's callback got it; a later write gets it too (as Node)"

finish
