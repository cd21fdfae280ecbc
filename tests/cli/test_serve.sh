#!/bin/bash
# netjs serve: echo answered by nc and by netjs connect, many clients at once, the other modes,
# --max-connections, --idle-timeout, --once, --keepalive, -4, --script, and the SIGTERM/SIGINT summary.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish
expect_grep "$TMP/echo.err" "^netjs serve: listening on 127\.0\.0\.1:$SERVE_PORT, mode echo$" "serve says where it listens"

printf 'hello nc\n' | bounded 10 nc -N 127.0.0.1 "$SERVE_PORT" >"$TMP/nc.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/nc.out")" = "hello nc" ] && pass "echo answered nc" || fail "echo to nc: exit $code, got '$(cat "$TMP/nc.out")'"

printf 'hello netjs\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/c.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/c.out")" = "hello netjs" ] && pass "echo answered netjs connect" || fail "echo to connect: exit $code, got '$(cat "$TMP/c.out")'"

# Many clients at once, each with its own 200 KB payload: every one gets exactly its own bytes back.
pids=()
for i in $(seq 1 12); do
  head -c 200000 /dev/urandom >"$TMP/in.$i"
  bounded 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$TMP/in.$i" >"$TMP/back.$i" &
  pids+=($!)
done
ok=0 codes=
for i in $(seq 1 12); do
  wait "${pids[$((i - 1))]}"
  code=$?
  codes="$codes $code"
  [ "$code" -eq 0 ] && cmp -s "$TMP/in.$i" "$TMP/back.$i" && ok=$((ok + 1))
done
[ "$ok" -eq 12 ] && pass "12 concurrent clients echoed byte-exact" || fail "concurrent clients: only $ok of 12 byte-exact (exit codes:$codes)"

stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "SIGTERM -> exit 0" || fail "SIGTERM: exit $SERVE_CODE"
expect_grep "$TMP/echo.err" '^netjs serve: SIGTERM: stopping$' "SIGTERM is announced"
expect_grep "$TMP/echo.err" '^netjs serve: summary: 14 connections, 0 refused, 2400021 bytes in, 2400021 bytes out, ' "summary: connections, bytes in/out, duration"
[ ! -s "$TMP/echo.out" ] && pass "echo mode writes nothing to stdout" || fail "echo mode wrote to stdout"

# SIGINT stops too, and clients still connected are closed.
start_serve int || finish
"$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >/dev/null 2>&1 &
cpid=$!
wait_grep "$TMP/int.err" 'connection 1 from' 10 || fail "SIGINT test: client did not connect"
stop_serve INT
[ "$SERVE_CODE" -eq 0 ] && pass "SIGINT -> exit 0" || fail "SIGINT: exit $SERVE_CODE"
wait_exit "$cpid"
[ "$WAIT_CODE" -eq 0 ] && pass "a connected client is closed cleanly on stop" || fail "client after stop: exit $WAIT_CODE"
expect_grep "$TMP/int.err" 'summary: 1 connections' "SIGINT summary"

# --max-connections: an extra client is accepted and closed at once (it reads nothing, even after
# sending), and each refusal is logged and counted.
start_serve max --max-connections 1 || finish
"$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >/dev/null 2>&1 &
holder=$!
wait_grep "$TMP/max.err" 'connection 1 from' 10 || fail "--max-connections: the first client did not connect"
bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >"$TMP/extra.out" 2>&1
code=$?
[ "$code" -eq 0 ] && [ ! -s "$TMP/extra.out" ] && pass "extra client closed without data (exit 0)" || fail "extra client: exit $code, $(cat "$TMP/extra.out")"
expect_grep "$TMP/max.err" 'warning: serve: refused 127\.0\.0\.1:[0-9]+: 1 connections open \(--max-connections\)' "refusal logged"
printf 'y\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/y.out" 2>"$TMP/y.err"
code=${PIPESTATUS[1]}
# Its bytes reach a socket the server has closed, which answers with RST: exit 6 (ECONNRESET) or, when
# the FIN is read first, 0. Which one is the kernel's timing; either way nothing comes back.
if { [ "$code" -eq 0 ] || { [ "$code" -eq 6 ] && grep -q ECONNRESET "$TMP/y.err"; }; } && [ ! -s "$TMP/y.out" ]; then
  pass "a refused client that sends gets nothing back (exit $code)"
else
  fail "refused sender: exit $code, out '$(cat "$TMP/y.out")', err '$(cat "$TMP/y.err")'"
fi
stop_serve TERM
wait_exit "$holder"
[ "$WAIT_CODE" -eq 0 ] && pass "the admitted client is closed cleanly on stop" || fail "admitted client: exit $WAIT_CODE"
expect_grep "$TMP/max.err" 'summary: 1 connections, 2 refused' "summary counts refusals"

# --idle-timeout closes a silent client; the client sees the close.
start_serve idle --idle-timeout 300ms || finish
t0=$(date +%s%N)
bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >/dev/null 2>&1
code=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
# Only a lower bound (a slow machine can only lengthen it); the close itself shows in the exit code
# (a client never closed would be stopped by `bounded`: 124) and in the server's log.
[ "$code" -eq 0 ] && [ "$ms" -ge 250 ] && pass "idle client closed, not before 300 ms ($ms ms)" || fail "idle timeout: exit $code after $ms ms"
expect_grep "$TMP/idle.err" 'connection 1 from 127\.0\.0\.1:[0-9]+: idle timeout, closing' "idle timeout reported"
stop_serve TERM

# --once: one client, then exit 0 with the summary; the port is closed afterwards.
start_serve once --once || finish
printf 'once\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/once.c"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && pass "--once: the client exits 0" || fail "--once client: exit $code"
wait_exit "$SERVE_PID"
[ "$WAIT_CODE" -eq 0 ] && pass "--once exits 0 after the first client" || fail "--once: exit $WAIT_CODE"
[ "$(cat "$TMP/once.c")" = "once" ] && pass "--once served the client" || fail "--once reply: $(cat "$TMP/once.c")"
expect_grep "$TMP/once.err" 'summary: 1 connections' "--once summary"

# discard: nothing comes back; sink: the bytes appear on the server's stdout, byte-exact.
start_serve discard --mode discard || finish
printf 'dropped' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/d.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ ! -s "$TMP/d.out" ] && pass "discard sends nothing back" || fail "discard: exit $code, replied '$(cat "$TMP/d.out")'"
stop_serve TERM
expect_grep "$TMP/discard.err" 'summary: 1 connections, 0 refused, 7 bytes in, 0 bytes out' "discard counts bytes in"

start_serve sink --mode sink || finish
head -c 300000 /dev/urandom >"$TMP/sink.in"
bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$TMP/sink.in" >/dev/null
code=$?
[ "$code" -eq 0 ] && pass "sink: the client exits 0" || fail "sink client: exit $code"
wait_grep "$TMP/sink.err" 'closed: 300000 bytes in' 10 || fail "sink: no close with 300000 bytes in: $(cat "$TMP/sink.err")"
stop_serve TERM
cmp -s "$TMP/sink.in" "$TMP/sink.out" && pass "sink writes the received bytes to stdout byte-exact" || fail "sink output differs"

# chargen: RFC 864 lines; the client reads a little and leaves.
start_serve chargen --mode chargen || finish
bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null 2>"$TMP/cg.err" | head -c 148 >"$TMP/cg.out"
code=${PIPESTATUS[0]}
[ "$code" -eq 0 ] && pass "chargen: the client leaving (stdout closed) exits 0" || fail "chargen client: exit $code, $(cat "$TMP/cg.err")"
first=$(head -1 "$TMP/cg.out" | tr -d '\r')
want=$(python3 -c 'print("".join(chr(32 + i % 95) for i in range(72)))')
[ "$first" = "$want" ] && pass "chargen pattern" || fail "chargen first line: '$first'"
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "chargen stops cleanly" || fail "chargen stop: exit $SERVE_CODE"

# --print-script gives a module that --script runs on the real net module, with the same output.
for mode in echo discard sink chargen; do
  expect_code 0 "--print-script $mode" -- "$NETJS" serve --print-script "$mode"
  expect_grep "$TMP/out" 'module\.exports = function \(socket\)' "--print-script $mode is a module"
  cp "$TMP/out" "$TMP/$mode.js"
done
start_serve script --script "$TMP/echo.js" || finish
expect_grep "$TMP/script.err" "listening on 127\.0\.0\.1:$SERVE_PORT, script " "--script: listening line"
printf 'via js\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/js.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/js.out")" = "via js" ] && pass "--script echo module answers" || fail "--script echo: exit $code, '$(cat "$TMP/js.out")'"
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "--script: SIGTERM -> exit 0" || fail "--script SIGTERM: exit $SERVE_CODE"
expect_grep "$TMP/script.err" 'summary: 1 connections, 0 refused, 7 bytes in, 7 bytes out' "--script summary"

cat >"$TMP/obj.js" <<'JS'
module.exports = { onConnection: function (socket) { socket.end('banner ' + socket.remoteAddress + '\n'); } };
JS
start_serve obj --script "$TMP/obj.js" || finish
bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >"$TMP/obj.c"
code=$?
[ "$code" -eq 0 ] && pass "--script object: the client exits 0" || fail "--script object client: exit $code"
expect_grep "$TMP/obj.c" '^banner 127\.0\.0\.1$' "--script object with onConnection"
stop_serve TERM

start_serve jsmax --script "$TMP/echo.js" --max-connections 1 || finish
"$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >/dev/null 2>&1 &
holder=$!
wait_grep "$TMP/jsmax.err" 'connection 1 from' 10 || fail "--script --max-connections: the first client did not connect"
bounded 10 "$NETJS" connect --on-eof wait 127.0.0.1 "$SERVE_PORT" </dev/null >"$TMP/jsextra.out" 2>&1
code=$?
[ "$code" -eq 0 ] && [ ! -s "$TMP/jsextra.out" ] && pass "--script: extra client closed without data" || fail "--script extra client: exit $code, $(cat "$TMP/jsextra.out")"
expect_grep "$TMP/jsmax.err" 'refused 127\.0\.0\.1:[0-9]+: 1 connections open' "--script: max-connections refusal logged"
stop_serve TERM
wait_exit "$holder"
[ "$WAIT_CODE" -eq 0 ] && pass "--script: the admitted client is closed cleanly on stop" || fail "--script admitted client: exit $WAIT_CODE"

echo 'module.exports = 42;' >"$TMP/bad.js"
expect_code 2 "--script module without a handler -> usage error" -- timeout 10 "$NETJS" serve --port 0 --host 127.0.0.1 --script "$TMP/bad.js"
expect_grep "$TMP/err" 'must export function \(socket\) or an object with onConnection' "bad module: clear message"

# Default host: dual-stack (or IPv4 alone), reachable over IPv4 loopback.
"$NETJS" serve --port 0 >"$TMP/dual.out" 2>"$TMP/dual.err" &
SERVE_PID=$!
wait_grep "$TMP/dual.err" 'listening on' 10 || fail "default host: serve did not start: $(cat "$TMP/dual.err")"
port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/dual.err")
expect_grep "$TMP/dual.err" 'listening on (\[::\]:[0-9]+ \(IPv6 and IPv4\)|0\.0\.0\.0:[0-9]+)' "default host is dual-stack or IPv4"
printf 'v4\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$port" >"$TMP/v4.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/v4.out")" = "v4" ] && pass "default host answers on IPv4 loopback" || fail "dual-stack IPv4: exit $code, '$(cat "$TMP/v4.out")'"
stop_serve TERM

# -4: the IPv4 wildcard only, whatever the host has.
"$NETJS" serve -4 --port 0 --json >"$TMP/v4only.json" 2>"$TMP/v4only.err" &
SERVE_PID=$!
wait_grep "$TMP/v4only.json" '"event":"listening"' 10 || fail "serve -4 did not start: $(cat "$TMP/v4only.err")"
expect_grep "$TMP/v4only.json" '^\{"event":"listening","address":"0\.0\.0\.0","port":[1-9][0-9]*,"family":4,"dual_stack":false,"mode":"echo"\}$' "-4 listens on 0.0.0.0 only"
port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/v4only.json" | head -1)
printf 'four\n' | bounded 10 "$NETJS" connect 127.0.0.1 "$port" >"$TMP/four.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/four.out")" = "four" ] && pass "-4 answers on IPv4 loopback" || fail "-4: exit $code, '$(cat "$TMP/four.out")'"
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "-4: SIGTERM -> exit 0" || fail "-4 SIGTERM: exit $SERVE_CODE"

# --keepalive: SO_KEEPALIVE on each accepted socket (read from the server's own descriptor), and not
# without it. The echo reply proves the server has set up the connection.
for ka in on off; do
  if [ "$ka" = on ]; then start_serve ka --keepalive || finish; else start_serve ka || finish; fi
  : >"$TMP/ka.c"  # not the previous client's echo while this one starts
  "$NETJS" connect --on-eof wait --send 'ka\n' 127.0.0.1 "$SERVE_PORT" >"$TMP/ka.c" 2>&1 &
  kapid=$!
  wait_grep "$TMP/ka.c" '^ka$' 10 || fail "--keepalive $ka: no echo: $(cat "$TMP/ka.c")"
  opts=$(sockopts "$SERVE_PID" | awk -v p="$SERVE_PORT" '$1 == p && $2 != 0')
  want=$([ "$ka" = on ] && echo 1 || echo 0)
  [[ "$opts" =~ keepalive=$want ]] && pass "--keepalive $ka: accepted socket has SO_KEEPALIVE=$want ($opts)" ||
    fail "--keepalive $ka: accepted socket: '$opts'"
  stop_serve TERM
  wait_exit "$kapid"
  [ "$WAIT_CODE" -eq 0 ] || fail "--keepalive $ka: client exit $WAIT_CODE"
done

# EADDRINUSE: one line, the network exit code.
start_serve busy || finish
expect_code 6 "port in use -> exit 6" -- timeout 10 "$NETJS" serve --host 127.0.0.1 --port "$SERVE_PORT"
expect_grep "$TMP/err" "^netjs serve: listen EADDRINUSE 127\.0\.0\.1:$SERVE_PORT \(address already in use\)$" "EADDRINUSE message"
stop_serve TERM

finish
