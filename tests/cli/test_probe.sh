#!/bin/bash
# netjs probe: every result class with its exit code (open, refused, timeout, DNS failure, unreachable,
# reset, mismatch), target forms, -4/-6, --count summary, --wait, --send/--expect banner checks.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish
P=$SERVE_PORT

expect_code 0 "open -> exit 0" -- bounded 10 "$NETJS" probe 127.0.0.1 "$P"
expect_grep "$TMP/out" "^127\.0\.0\.1:$P: open, 127\.0\.0\.1, connect [0-9.]+ ms$" "open: address and connect time"
expect_code 0 "HOST:PORT form" -- bounded 10 "$NETJS" probe "127.0.0.1:$P"
expect_code 0 "a name: DNS time and family" -- bounded 10 "$NETJS" probe -4 localhost "$P"
expect_grep "$TMP/out" "^localhost:$P: open, 127\.0\.0\.1 \(IPv4\), dns [0-9.]+ ms, connect [0-9.]+ ms" "name: dns and connect times, the address used"

closed=$(free_port)
expect_code 3 "refused -> exit 3" -- bounded 10 "$NETJS" probe 127.0.0.1 "$closed"
expect_grep "$TMP/out" "^127\.0\.0\.1:$closed: refused, 127\.0\.0\.1 \(connect ECONNREFUSED 127\.0\.0\.1:$closed\)$" "refused line"

# -t longer than the default (3 s), so a probe that ignored it would give up sooner: only lower bounds
# are checked, which a slow machine can only make easier to meet.
full_backlog_listener
t0=$(date +%s%N)
expect_code 4 "timeout (full accept backlog on loopback) -> exit 4" -- bounded 20 "$NETJS" probe -t 4s 127.0.0.1 "$FULL_PORT"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
expect_grep "$TMP/out" "^127\.0\.0\.1:$FULL_PORT: timeout, 127\.0\.0\.1, no answer in [0-9.]+ m?s$" "timeout line"
reported=$(sed -n 's/.* no answer in \([0-9.]*\) ms$/\1/p; s/.* no answer in \([0-9.]*\) s$/\1e3/p' "$TMP/out")
if [ "$ms" -ge 3500 ] && awk -v r="${reported:-0}" 'BEGIN { exit !(r >= 3500) }'; then
  pass "-t 4s honoured, not the 3 s default (no answer in $reported ms, $ms ms in all)"
else
  fail "-t 4s: gave up after $ms ms, reported '$reported' ms"
fi

expect_code 5 "DNS failure -> exit 5" -- bounded 20 "$NETJS" probe nosuch.invalid 80
expect_grep "$TMP/out" '^nosuch\.invalid:80: DNS failure, getaddrinfo [A-Z_]+ nosuch\.invalid' "DNS failure line"

# unreachable: in a new network namespace even the loopback interface is down, so there is no route
# to 127.0.0.1 (ENETUNREACH), whatever the machine's own network.
if unshare -rn true 2>/dev/null; then
  expect_code 6 "unreachable -> exit 6" -- bounded 10 unshare -rn "$NETJS" probe 127.0.0.1 "$P"
  expect_grep "$TMP/out" "^127\.0\.0\.1:$P: unreachable, 127\.0\.0\.1 \(connect ENETUNREACH 127\.0\.0\.1:$P\)$" "unreachable line"
else
  echo "skip: unreachable not checked: cannot create a network namespace here (unshare -rn)"
fi

# reset: a server that answers every connection with RST (SO_LINGER 0); the banner check reads, so it
# sees the reset.
python3 - "$$" >"$TMP/rst.port" <<'PY' &
import os, select, socket, struct, sys
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(8)
print(l.getsockname()[1], flush=True)
shell = os.pidfd_open(int(sys.argv[1]))
while l in select.select([l, shell], [], [])[0]:
    c, _ = l.accept()
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.close()
PY
if wait_grep "$TMP/rst.port" '^[0-9]+$' 10; then
  rport=$(cat "$TMP/rst.port")
  expect_code 6 "reset -> exit 6" -- bounded 10 "$NETJS" probe --send 'hi' --expect 'banner' 127.0.0.1 "$rport"
  expect_grep "$TMP/out" "^127\.0\.0\.1:$rport: reset, 127\.0\.0\.1(, connect [0-9.]+ ms)? \([a-z]+ (ECONNRESET|EPIPE) 127\.0\.0\.1:$rport\)$" "reset line"
else
  fail "resetting server did not start: $(cat "$TMP/rst.port")"
fi

# IPv6 loopback, when this host has it (binding ::1 is what decides; a slow server is a failure, not
# a missing feature): [v6]:PORT, a bare v6 address, and -4/-6 on a name with both families.
v6port= v6pid=
if python3 -c 'import socket; socket.socket(socket.AF_INET6).bind(("::1", 0))' 2>/dev/null; then
  "$NETJS" serve --port 0 --host ::1 >"$TMP/v6.out" 2>"$TMP/v6.err" &
  v6pid=$!
  if wait_grep "$TMP/v6.err" 'listening on' 10; then
    v6port=$(sed -n 's/.*listening on \[::1\]:\([0-9]*\).*/\1/p' "$TMP/v6.err")
    expect_code 0 "[::1]:PORT" -- bounded 10 "$NETJS" probe "[::1]:$v6port"
    expect_grep "$TMP/out" "^\[::1\]:$v6port: open, ::1, connect" "IPv6 result line"
    expect_code 0 "bare IPv6 address" -- bounded 10 "$NETJS" probe ::1 "$v6port"
    expect_grep "$TMP/out" "^\[::1\]:$v6port: open, ::1, connect" "bare IPv6 address: result line"
  else
    fail "serve on ::1 did not start, though this host has IPv6 loopback: $(cat "$TMP/v6.err")"
  fi
else
  echo "skip: no IPv6 loopback here (cannot bind ::1): the [v6] form and -6 are not checked"
fi

# -4/-6 on a name with an IPv4 and an IPv6 address: an /etc/hosts of our own, in a private mount
# namespace. Without a flag both families are tried; with one, only that family.
printf '127.0.0.1 dual.test\n::1 dual.test\n' >"$TMP/hosts"
with_hosts=(unshare -rm sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$TMP/hosts")
# tried_families FILE: the families probe --json tried, e.g. "4 6".
tried_families() {
  python3 -c 'import json, sys; print(" ".join(str(t["family"]) for t in json.loads(open(sys.argv[1]).readline())["tried"]))' "$1"
}
if [ -z "$v6port" ]; then
  :
elif ! "${with_hosts[@]}" true 2>/dev/null; then
  echo "skip: -4/-6 on a dual-stack name not checked: cannot create a mount namespace here (unshare -rm)"
else
  expect_code 0 "-6 on a dual-stack name" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe -6 dual.test "$v6port"
  expect_grep "$TMP/out" "^dual\.test:$v6port: open, ::1 \(IPv6\), dns [0-9.]+ ms, connect [0-9.]+ ms$" "-6: the IPv6 address, nothing else tried"
  expect_code 0 "-6 --json" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe --json -6 dual.test "$v6port"
  [ "$(tried_families "$TMP/out")" = 6 ] && pass "-6 tries IPv6 only" || fail "-6 tried: $(cat "$TMP/out")"
  expect_code 0 "-4 --json" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe --json -4 dual.test "$P"
  [ "$(tried_families "$TMP/out")" = 4 ] && pass "-4 tries IPv4 only" || fail "-4 tried: $(cat "$TMP/out")"
  expect_code 0 "no family flag --json" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe --json dual.test "$P"
  [ "$(tried_families "$TMP/out" | tr ' ' '\n' | sort | tr '\n' ' ')" = "4 6 " ] && pass "without -4/-6 both families are tried" ||
    fail "no flag tried: $(cat "$TMP/out")"
fi
if [ -n "$v6pid" ]; then kill "$v6pid" 2>/dev/null; wait_exit "$v6pid"; fi

# Port lists and ranges: one line per port, exit code of the first failure.
expect_code 3 "port list with a closed port -> exit 3" -- bounded 10 "$NETJS" probe 127.0.0.1 "$P,$closed"
[ "$(wc -l <"$TMP/out")" -eq 2 ] && pass "port list: one line per port" || fail "port list: $(cat "$TMP/out")"
expect_code 0 "port range" -- bounded 10 "$NETJS" probe 127.0.0.1 "$P-$P" "127.0.0.1:$P"
[ "$(wc -l <"$TMP/out")" -eq 2 ] && pass "range and HOST:PORT targets together" || fail "range: $(cat "$TMP/out")"

# --count: ping-like lines and summary.
expect_code 0 "--count 3" -- bounded 10 "$NETJS" probe -c 3 -i 50ms 127.0.0.1 "$P"
expect_grep "$TMP/out" "^127\.0\.0\.1:$P seq=3: open" "seq numbers"
expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$P: 3 probes, 3 open, 0% loss, connect min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms$" "summary line"
expect_code 3 "--count on a closed port" -- bounded 10 "$NETJS" probe -c 2 -i 50ms 127.0.0.1 "$closed"
expect_grep "$TMP/out" "2 probes, 0 open, 100% loss$" "100% loss summary"

# --send/--expect: a banner check.
expect_code 0 "--send/--expect matched" -- bounded 10 "$NETJS" probe --send 'PING\r\n' --expect 'PING' 127.0.0.1 "$P"
expect_code 7 "--expect not matched -> exit 7" -- bounded 10 "$NETJS" probe -t 300ms --send 'PING' --expect 'PONG' 127.0.0.1 "$P"
expect_grep "$TMP/out" "mismatch, 127\.0\.0\.1, connect [0-9.]+ ms, 'PONG' not received" "mismatch line"

stop_serve TERM

# --wait: the port starts listening only after probe has reported a refused attempt, so the final
# "open" proves that it retried.
wport=$(free_port)
"$NETJS" -v probe --wait "$(scale 30)" -i 100ms 127.0.0.1 "$wport" >"$TMP/wait.out" 2>"$TMP/wait.err" &
wpid=$!
if wait_grep "$TMP/wait.err" "probe: 127\.0\.0\.1:$wport attempt 1: refused, retrying$" 10; then
  listen_on_port "$wport"
else
  fail "--wait: no refused attempt reported: $(cat "$TMP/wait.err")"
fi
wait_exit "$wpid" 40
[ "$WAIT_CODE" -eq 0 ] && pass "--wait succeeds once the port listens" || fail "--wait: exit $WAIT_CODE: $(cat "$TMP/wait.out" "$TMP/wait.err")"
expect_grep "$TMP/wait.out" "^127\.0\.0\.1:$wport: open, 127\.0\.0\.1, connect [0-9.]+ ms, after ([2-9]|[1-9][0-9]+) attempts in " "--wait prints the final result only, after more than one attempt"
[ "$(wc -l <"$TMP/wait.out")" -eq 1 ] && pass "--wait: one line" || fail "--wait lines: $(cat "$TMP/wait.out")"

t0=$(date +%s%N)
expect_code 4 "--wait gives up -> exit 4" -- bounded 10 "$NETJS" probe --wait 600ms -i 100ms 127.0.0.1 "$closed"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -ge 450 ] && pass "--wait kept trying for its time ($ms ms)" || fail "--wait gave up after only $ms ms"
expect_grep "$TMP/out" "refused, .*gave up after [0-9]+ attempts? in " "--wait gave-up line"

finish
