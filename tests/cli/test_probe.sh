#!/bin/bash
# netjs probe: every result class with its exit code, target forms, --count summary, --wait,
# --send/--expect banner checks.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish
P=$SERVE_PORT

expect_code 0 "open -> exit 0" -- timeout 10 "$NETJS" probe 127.0.0.1 "$P"
expect_grep "$TMP/out" "^127\.0\.0\.1:$P: open, 127\.0\.0\.1, connect [0-9.]+ ms$" "open: address and connect time"
expect_code 0 "HOST:PORT form" -- timeout 10 "$NETJS" probe "127.0.0.1:$P"
expect_code 0 "a name: DNS time and family" -- timeout 10 "$NETJS" probe -4 localhost "$P"
expect_grep "$TMP/out" "^localhost:$P: open, 127\.0\.0\.1 \(IPv4\), dns [0-9.]+ ms, connect [0-9.]+ ms" "name: dns and connect times, the address used"

closed=$(free_port)
expect_code 3 "refused -> exit 3" -- timeout 10 "$NETJS" probe 127.0.0.1 "$closed"
expect_grep "$TMP/out" "^127\.0\.0\.1:$closed: refused, 127\.0\.0\.1 \(connect ECONNREFUSED 127\.0\.0\.1:$closed\)$" "refused line"

full_backlog_listener
t0=$(date +%s%N)
expect_code 4 "timeout (full accept backlog on loopback) -> exit 4" -- timeout 10 "$NETJS" probe -t 400ms 127.0.0.1 "$FULL_PORT"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
expect_grep "$TMP/out" "^127\.0\.0\.1:$FULL_PORT: timeout, 127\.0\.0\.1, no answer in [0-9.]+ ms$" "timeout line"
[ "$ms" -ge 350 ] && [ "$ms" -lt 3000 ] && pass "timeout honoured ($ms ms)" || fail "timeout took $ms ms"

expect_code 5 "DNS failure -> exit 5" -- timeout 20 "$NETJS" probe nosuch.invalid 80
expect_grep "$TMP/out" '^nosuch\.invalid:80: DNS failure, getaddrinfo [A-Z_]+ nosuch\.invalid' "DNS failure line"

# IPv6 loopback, when this host has it: [v6]:PORT and a bare v6 address.
if "$NETJS" serve --port 0 --host ::1 --once >"$TMP/v6.out" 2>"$TMP/v6.err" & v6pid=$!; wait_grep "$TMP/v6.err" 'listening on' 5; then
  v6port=$(sed -n 's/.*listening on \[::1\]:\([0-9]*\).*/\1/p' "$TMP/v6.err")
  expect_code 0 "[::1]:PORT" -- timeout 10 "$NETJS" probe "[::1]:$v6port"
  expect_grep "$TMP/out" "^\[::1\]:$v6port: open, ::1, connect" "IPv6 result line"
  kill "$v6pid" 2>/dev/null; wait "$v6pid" 2>/dev/null
else
  kill "$v6pid" 2>/dev/null; wait "$v6pid" 2>/dev/null
  pass "no IPv6 loopback here: [v6] form checked by parsing only"
fi

# Port lists and ranges: one line per port, exit code of the first failure.
expect_code 3 "port list with a closed port -> exit 3" -- timeout 10 "$NETJS" probe 127.0.0.1 "$P,$closed"
[ "$(wc -l <"$TMP/out")" -eq 2 ] && pass "port list: one line per port" || fail "port list: $(cat "$TMP/out")"
expect_code 0 "port range" -- timeout 10 "$NETJS" probe 127.0.0.1 "$P-$P" "127.0.0.1:$P"
[ "$(wc -l <"$TMP/out")" -eq 2 ] && pass "range and HOST:PORT targets together" || fail "range: $(cat "$TMP/out")"

# --count: ping-like lines and summary.
expect_code 0 "--count 3" -- timeout 10 "$NETJS" probe -c 3 -i 50ms 127.0.0.1 "$P"
expect_grep "$TMP/out" "^127\.0\.0\.1:$P seq=3: open" "seq numbers"
expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$P: 3 probes, 3 open, 0% loss, connect min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms$" "summary line"
expect_code 3 "--count on a closed port" -- timeout 10 "$NETJS" probe -c 2 -i 50ms 127.0.0.1 "$closed"
expect_grep "$TMP/out" "2 probes, 0 open, 100% loss$" "100% loss summary"

# --send/--expect: a banner check.
expect_code 0 "--send/--expect matched" -- timeout 10 "$NETJS" probe --send 'PING\r\n' --expect 'PING' 127.0.0.1 "$P"
expect_code 7 "--expect not matched -> exit 7" -- timeout 10 "$NETJS" probe -t 300ms --send 'PING' --expect 'PONG' 127.0.0.1 "$P"
expect_grep "$TMP/out" "mismatch, 127\.0\.0\.1, connect [0-9.]+ ms, 'PONG' not received" "mismatch line"

stop_serve TERM

# --wait: the server appears a little later; probe keeps trying and then succeeds.
wport=$(free_port)
timeout 20 "$NETJS" probe --wait 10 -i 100ms 127.0.0.1 "$wport" >"$TMP/wait.out" 2>"$TMP/wait.err" &
wpid=$!
sleep 0.5
"$NETJS" serve --host 127.0.0.1 --port "$wport" >"$TMP/late.out" 2>"$TMP/late.err" &
SERVE_PID=$!
wait_exit "$wpid" 15
[ "$WAIT_CODE" -eq 0 ] && pass "--wait succeeds once the server is up" || fail "--wait: exit $WAIT_CODE: $(cat "$TMP/wait.out" "$TMP/wait.err")"
expect_grep "$TMP/wait.out" "^127\.0\.0\.1:$wport: open, 127\.0\.0\.1, connect [0-9.]+ ms, after [0-9]+ attempts in " "--wait prints the final result only"
[ "$(wc -l <"$TMP/wait.out")" -eq 1 ] && pass "--wait: one line" || fail "--wait lines: $(cat "$TMP/wait.out")"
stop_serve TERM

t0=$(date +%s%N)
expect_code 4 "--wait gives up -> exit 4" -- timeout 10 "$NETJS" probe --wait 600ms -i 100ms 127.0.0.1 "$closed"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -ge 450 ] && [ "$ms" -lt 3000 ] && pass "--wait bounded ($ms ms)" || fail "--wait took $ms ms"
expect_grep "$TMP/out" "refused, .*gave up after [0-9]+ attempts" "--wait gave-up line"

finish
