#!/bin/bash
# UDP in the subcommands (-u): serve -u echo/discard/sink, connect -u with --send, stdin lines and
# --expect, probe -u open / refused (ICMP port unreachable) / no answer / mismatch, IPv6, JSON events,
# and the options UDP has no use for.
. "$(dirname "$0")/lib.sh"

# A UDP port nothing is bound to: bound by the kernel's choice, then closed (a datagram to it draws an
# ICMP port unreachable).
closed_udp_port() {
  python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- serve -u echo, answered by connect -u and probe -u ---------------------------------------------
start_serve echo -u || finish
expect_grep "$TMP/echo.err" "^netjs serve: listening on 127\.0\.0\.1:$SERVE_PORT, udp, mode echo$" "serve -u says where it listens, and udp"
ECHO_PORT=$SERVE_PORT

expect_code 0 "connect -u --send --expect: the echo arrives" -- bounded 10 "$NETJS" connect -u --send 'hello udp\n' --expect 'hello udp' 127.0.0.1 "$ECHO_PORT"
[ "$(cat "$TMP/out")" = "hello udp" ] && pass "the reply goes to stdout" || fail "connect -u stdout: '$(cat "$TMP/out")'"

# stdin: one datagram per line, newline kept; the last line without one is a datagram too. After the
# end of input connect waits --timeout for replies, then exits 0.
printf 'one\ntwo\nthree' | bounded 10 "$NETJS" connect -u -t "$(scale 1)" --json 127.0.0.1 "$ECHO_PORT" >"$TMP/lines.json"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && pass "connect -u from stdin exits 0 after waiting for replies" || fail "connect -u stdin: exit $code"
python3 - "$TMP/lines.json" <<'PY' && pass "stdin lines: 3 datagrams out (4, 4, 5 bytes), 3 echoed, connect/end/close events" || fail "stdin lines JSON: $(cat "$TMP/lines.json")"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
names = [e["event"] for e in ev]
out = [e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "out"]
inn = sorted(e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "in")
c = ev[0]
close = ev[-1]
assert names[0] == "connect" and c["protocol"] == "udp" and c["address"] == "127.0.0.1", ev[0]
assert out == [4, 4, 5], out
assert inn == [4, 4, 5], inn
assert "end" in names and names[-1] == "close", names
assert close["datagrams_out"] == 3 and close["datagrams_in"] == 3 and close["bytes_in"] == 13 and close["exit_code"] == 0, close
PY
printf 'alpha\nbeta\n' | bounded 10 "$NETJS" connect -u -t "$(scale 1)" 127.0.0.1 "$ECHO_PORT" >"$TMP/lines.out"
[ "$(cat "$TMP/lines.out")" = "$(printf 'alpha\nbeta')" ] && pass "stdin lines echoed to stdout" || fail "stdin echo: '$(cat "$TMP/lines.out")'"
# --hexdump=FILE with -u: one chunk per datagram each way; stdout still carries only the replies.
printf 'hello udp\nsecond\n' | bounded 10 "$NETJS" connect -u --hexdump="$TMP/dump" -t "$(scale 1)" 127.0.0.1 "$ECHO_PORT" >"$TMP/dump.out"
[ "$(cat "$TMP/dump.out")" = "$(printf 'hello udp\nsecond')" ] && pass "-u --hexdump: stdout carries only the data" || fail "-u --hexdump stdout: '$(cat "$TMP/dump.out")'"
[ "$(grep -Ec '^> [0-9.]+ s  offset 0x[0-9a-f]+  (10|7) bytes$' "$TMP/dump")" = 2 ] && [ "$(grep -Ec '^< [0-9.]+ s  offset 0x[0-9a-f]+  (10|7) bytes$' "$TMP/dump")" = 2 ] \
  && pass "-u --hexdump: a chunk per datagram, both directions" || fail "-u --hexdump: $(cat "$TMP/dump")"
# A line longer than a datagram holds (no newline in 65507 bytes) leaves in full 65507-byte pieces.
head -c 100000 /dev/zero | tr '\0' 'z' >"$TMP/long"
bounded 10 "$NETJS" connect -u -t "$(scale 1)" --json 127.0.0.1 "$ECHO_PORT" <"$TMP/long" >"$TMP/long.json"
python3 - "$TMP/long.json" <<'PY' && pass "an overlong line: datagrams of 65507 and 34493 bytes, both echoed" || fail "overlong line: $(cat "$TMP/long.json")"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
out = [e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "out"]
inn = sorted(e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "in")
assert out == [65507, 34493], out
assert inn == [34493, 65507], inn
PY

# --send-file: one datagram; more than 65507 bytes is a usage error.
printf 'from a file\n' >"$TMP/small"
expect_code 0 "connect -u --send-file" -- bounded 10 "$NETJS" connect -u --send-file "$TMP/small" --expect 'from a file' 127.0.0.1 "$ECHO_PORT"
head -c 65508 /dev/zero >"$TMP/big"
expect_code 2 "connect -u --send-file over 65507 bytes is a usage error" -- bounded 10 "$NETJS" connect -u --send-file "$TMP/big" 127.0.0.1 "$ECHO_PORT"
expect_grep "$TMP/err" 'at most 65507' "the usage error says the limit"

# probe -u: a reply is open; a reply without the --expect text is mismatch (exit 7).
expect_code 0 "probe -u against serve -u: open" -- bounded 10 "$NETJS" probe -u --send ping 127.0.0.1 "$ECHO_PORT"
expect_grep "$TMP/out" "^127\.0\.0\.1:$ECHO_PORT \(udp\): open, 127\.0\.0\.1, reply [0-9.]+ (ms|s)$" "probe -u open line, with the reply time"
expect_code 0 "probe -u --expect matching: open" -- bounded 10 "$NETJS" probe -u --send ping --expect ping 127.0.0.1 "$ECHO_PORT"
expect_code 7 "probe -u --expect not in the reply: mismatch" -- bounded 10 "$NETJS" probe -u --send ping --expect pong 127.0.0.1 "$ECHO_PORT"
expect_grep "$TMP/out" "\(udp\): mismatch, " "mismatch line"
expect_code 0 "probe -u -c 3 --json" -- bounded 20 "$NETJS" probe -u --send ping -c 3 -i 0.05 --json 127.0.0.1 "$ECHO_PORT"
python3 - "$TMP/out" <<'PY' && pass "probe -u JSON: protocol udp, result open, connect_ms is the reply time; summary" || fail "probe -u JSON: $(cat "$TMP/out")"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
probes = [e for e in ev if e["event"] == "probe"]
assert len(probes) == 3 and all(p["protocol"] == "udp" and p["result"] == "open" and p["connect_ms"] >= 0 for p in probes), probes
assert ev[-1]["event"] == "summary" and ev[-1]["open"] == 3, ev[-1]
PY

stop_serve INT
[ "$SERVE_CODE" -eq 0 ] && pass "serve -u: SIGINT -> exit 0" || fail "serve -u SIGINT: exit $SERVE_CODE"
expect_grep "$TMP/echo.err" '^netjs serve: datagram from 127\.0\.0\.1:[0-9]+$' "a status line per new peer"
expect_grep "$TMP/echo.err" '^netjs serve: summary: [0-9]+ datagrams in, [0-9]+ out, [0-9]+ peers, [0-9]+ bytes in, [0-9]+ bytes out, ' "serve -u summary"

# --- refused: ICMP port unreachable on a closed port ------------------------------------------------
CLOSED=$(closed_udp_port)
expect_code 3 "probe -u on a closed port: refused" -- bounded 10 "$NETJS" probe -u --send ping -t 2 127.0.0.1 "$CLOSED"
expect_grep "$TMP/out" "^127\.0\.0\.1:$CLOSED \(udp\): refused, " "refused line"
expect_code 3 "connect -u on a closed port: refused" -- bounded 10 "$NETJS" connect -u --send ping -t 2 127.0.0.1 "$CLOSED"
expect_grep "$TMP/err" 'ECONNREFUSED 127\.0\.0\.1:[0-9]+ \(connection refused\)' "connect -u says refused"

# --- a silent peer: no answer (open|filtered), exit 4; never open -----------------------------------
start_serve silent -u --mode discard || finish
expect_code 4 "probe -u against a silent peer: no answer" -- bounded 10 "$NETJS" probe -u --send ping -t 0.3 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/out" "^127\.0\.0\.1:$SERVE_PORT \(udp\): no answer, 127\.0\.0\.1, no reply in [0-9.]+ (ms|s) \(open\|filtered\)$" "no answer line"
expect_code 4 "probe -u --json against a silent peer" -- bounded 10 "$NETJS" probe -u -t 0.3 --json 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/out" '"result":"no-answer"' "JSON result no-answer"
expect_code 7 "connect -u --expect with no reply: exit 7 after --timeout" -- bounded 10 "$NETJS" connect -u --send x --expect y -t 0.3 127.0.0.1 "$SERVE_PORT"
stop_serve TERM
expect_grep "$TMP/silent.err" 'summary: 3 datagrams in, 0 out' "discard: datagrams counted, none sent back"

# --- sink: payloads to stdout, byte-exact, and --json datagram events -------------------------------
start_serve sink -u --mode sink || finish
printf 'first\nsecond\n' | bounded 10 "$NETJS" connect -u -t 0.2 127.0.0.1 "$SERVE_PORT" >/dev/null
wait_grep "$TMP/sink.out" 'second' 10 || true
stop_serve TERM
[ "$(cat "$TMP/sink.out")" = "$(printf 'first\nsecond')" ] && pass "sink writes each datagram to stdout" || fail "sink stdout: '$(cat "$TMP/sink.out")'"

# sink whose stdout reader has gone: EPIPE stops serve with exit 6, as TCP sink does.
{ "$NETJS" serve -u --port 0 --host 127.0.0.1 --mode sink 2>"$TMP/pipe.err"; echo $? >"$TMP/pipe.code"; } | true &
if wait_grep "$TMP/pipe.err" 'listening on ' 10; then
  port=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/pipe.err")
  bounded 10 "$NETJS" connect -u --send 'x\n' -t 0.1 127.0.0.1 "$port" >/dev/null 2>&1
  wait_grep "$TMP/pipe.code" '^[0-9]+$' 10
  [ "$(cat "$TMP/pipe.code")" = 6 ] && pass "sink: EPIPE on stdout -> exit 6" || fail "sink EPIPE: exit '$(cat "$TMP/pipe.code")', $(cat "$TMP/pipe.err")"
else
  fail "sink (EPIPE) did not start: $(cat "$TMP/pipe.err")"
fi

# --- --json events, --once ---------------------------------------------------------------------------
"$NETJS" serve -u --port 0 --host 127.0.0.1 --json --once >"$TMP/js.out" 2>"$TMP/js.err" &
pid=$!
if wait_grep "$TMP/js.out" '"event":"listening"' 10; then
  port=$(sed -n 's/.*"port":\([0-9][0-9]*\).*/\1/p' "$TMP/js.out" | head -1)
  expect_code 0 "connect -u to a --once server" -- bounded 10 "$NETJS" connect -u --send 'abc' --expect abc 127.0.0.1 "$port"
  wait_exit "$pid"
  [ "$WAIT_CODE" -eq 0 ] && pass "serve -u --once exits 0 after the first datagram" || fail "serve -u --once: exit $WAIT_CODE"
  python3 - "$TMP/js.out" <<'PY' && pass "serve -u JSON: listening (udp), datagram in/out with the peer, summary" || fail "serve -u JSON: $(cat "$TMP/js.out")"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
assert [e["event"] for e in ev] == ["listening", "datagram", "datagram", "summary"], ev
l, i, o, s = ev
assert l["protocol"] == "udp" and l["address"] == "127.0.0.1" and l["mode"] == "echo", l
assert i["direction"] == "in" and i["bytes"] == 3 and i["remote_address"] == "127.0.0.1" and i["remote_port"] > 0, i
assert o["direction"] == "out" and o["bytes"] == 3 and o["remote_port"] == i["remote_port"], o
assert (s["datagrams_in"], s["datagrams_out"], s["bytes_in"], s["bytes_out"], s["peers"]) == (1, 1, 3, 3, 1), s
PY
else
  fail "serve -u --json did not start: $(cat "$TMP/js.err")"
fi

# --idle-timeout: serve -u stops after that long without a datagram.
"$NETJS" serve -u --port 0 --host 127.0.0.1 --idle-timeout 0.3 >/dev/null 2>"$TMP/idle.err" &
pid=$!
wait_exit "$pid" 10
[ "$WAIT_CODE" -eq 0 ] && pass "serve -u --idle-timeout stops it (exit 0)" || fail "serve -u --idle-timeout: exit $WAIT_CODE"
expect_grep "$TMP/idle.err" 'no datagram for 300\.0 ms \(--idle-timeout\): stopping' "idle stop is announced"

# --- IPv6 loopback --------------------------------------------------------------------------------------
if python3 -c 'import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).bind(("::1", 0))' 2>/dev/null; then
  : >"$TMP/v6.err"
  "$NETJS" serve -u -6 --port 0 --host ::1 >/dev/null 2>"$TMP/v6.err" &
  pid=$!
  if wait_grep "$TMP/v6.err" 'listening on ' 10; then
    port=$(sed -n 's/.*listening on \[::1\]:\([0-9][0-9]*\).*/\1/p' "$TMP/v6.err")
    expect_code 0 "connect -u -6 to ::1" -- bounded 10 "$NETJS" connect -u -6 --send v6 --expect v6 ::1 "$port"
    expect_code 0 "probe -u -6 [::1]:PORT: open" -- bounded 10 "$NETJS" probe -u -6 --send v6 "[::1]:$port"
    expect_grep "$TMP/out" "^\[::1\]:$port \(udp\): open, ::1, reply " "probe -u IPv6 line"
    # A name with both families (an /etc/hosts of our own, in a private mount namespace): the first
    # address of each is tried at once; the IPv6 one answers, the IPv4 port is closed.
    printf '127.0.0.1 dual.test\n::1 dual.test\n' >"$TMP/hosts"
    with_hosts=(unshare -rm sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$TMP/hosts")
    if "${with_hosts[@]}" true 2>/dev/null; then
      expect_code 0 "probe -u on a dual-stack name: open over IPv6" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe -u --send d dual.test "$port"
      expect_grep "$TMP/out" "^dual\.test:$port \(udp\): open, ::1 \(IPv6\), dns [0-9.]+ (ms|s), reply [0-9.]+ (ms|s); IPv4 127\.0\.0\.1: refused \(recvmsg ECONNREFUSED\)$" "dual-stack: both families tried, each with its result"
      expect_code 0 "probe -u -6 --json on the dual-stack name" -- bounded 10 "${with_hosts[@]}" "$NETJS" probe -u -6 --json --send d dual.test "$port"
      python3 -c 'import json, sys; t = json.loads(open(sys.argv[1]).readline())["tried"]; sys.exit(0 if [x["family"] for x in t] == [6] else 1)' "$TMP/out" \
        && pass "-6: only IPv6 tried" || fail "-6 tried: $(cat "$TMP/out")"
    else
      echo "skip: dual-stack name not checked: cannot create a mount namespace here (unshare -rm)"
    fi
  else
    fail "serve -u -6 did not start: $(cat "$TMP/v6.err")"
  fi
  kill "$pid" 2>/dev/null; wait_exit "$pid"
else
  pass "no IPv6 loopback here: IPv6 checks skipped"
fi

# --- what UDP has no use for ------------------------------------------------------------------------
expect_code 2 "serve -u --mode chargen" -- "$NETJS" serve -u --mode chargen
expect_grep "$TMP/err" 'no --mode chargen' "chargen refused with a reason"
printf 'module.exports = function () {};\n' >"$TMP/s.js"
expect_code 2 "serve -u --script" -- "$NETJS" serve -u --script "$TMP/s.js"
expect_code 2 "serve -u --max-connections" -- "$NETJS" serve -u --max-connections 3
expect_code 2 "serve -u --keepalive" -- "$NETJS" serve -u --keepalive
expect_code 2 "connect -u --keepalive" -- "$NETJS" connect -u --keepalive 127.0.0.1 9
expect_code 2 "connect -u --nodelay" -- "$NETJS" connect -u --nodelay 127.0.0.1 9
expect_code 2 "connect -u --on-eof" -- "$NETJS" connect -u --on-eof wait 127.0.0.1 9
expect_grep "$TMP/err" "no --on-eof" "connect -u --on-eof says why"

# --stats-interval with -u: datagrams, peers and bytes instead of connections, exact after a known
# exchange (the lines are waited for, never timed).
start_serve ustats -u --stats-interval 0.1s || finish
expect_code 0 "connect -u to the stats server" -- bounded 10 "$NETJS" connect -u --send '12345\n' --expect 12345 127.0.0.1 "$SERVE_PORT"
expect_code 0 "a second peer" -- bounded 10 "$NETJS" connect -u --send 'abc\n' --expect abc 127.0.0.1 "$SERVE_PORT"
if wait_grep "$TMP/ustats.err" '2 datagrams in, 2 out, 2 peers, 10 B in, 10 B out, ' 10; then
  pass "serve -u --stats-interval: datagrams, peers and exact bytes"
else
  fail "serve -u --stats-interval: $(tail -3 "$TMP/ustats.err")"
fi
expect_no_grep "$TMP/ustats.err" "connections now" "serve -u stats speak of datagrams, not connections"
stop_serve
"$NETJS" serve -u --port 0 --host 127.0.0.1 --json --stats-interval 0.1s >"$TMP/ustats.json" 2>/dev/null &
SERVE_PID=$!
if wait_grep "$TMP/ustats.json" '"event":"listening"' 10; then
  P=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/ustats.json" | head -1)
  expect_code 0 "connect -u to the --json stats server" -- bounded 10 "$NETJS" connect -u --send 'xyz\n' --expect xyz 127.0.0.1 "$P"
  wait_grep "$TMP/ustats.json" '"event":"stats","protocol":"udp","datagrams_in":1,"datagrams_out":1,"peers":1,"bytes_in":4,"bytes_out":4,' 10 \
    && pass "serve -u --json: stats events with protocol, datagrams, peers, bytes" || fail "serve -u --json stats: $(tail -2 "$TMP/ustats.json")"
else
  fail "serve -u --json did not start"
fi
stop_serve

finish
