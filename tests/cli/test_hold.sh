#!/bin/bash
# netjs probe --hold: the longest idle gap a flow survives, against a peer that forgets a connection
# after a known idle time as a NAT would (scripts/idle_drop_peer.js, run by netjs itself), in each
# death mode with its exit code (silence 4; RST and FIN, on the echo or while idle, 6); survival up to
# DURATION against netjs serve; --keepalive-check against both (on loopback the peer's kernel answers
# the probes, so the userspace peer still drops the flow and the report must say so); --json events;
# SIGINT; usage errors.
#
# Timing: the gaps are 0.3, 0.6, 1.2 s... A peer that judges idleness when data arrives (silence,
# rst, fin) forgets after 1 s: a busy machine only makes the idle time it measures longer (a late
# timer, a late read), so the margin is 0.4 s below the boundary (the 0.6 s gap must survive) and
# 0.2 s above it. A peer that ends the flow by its own idle timer (fin-idle, rst-idle) does so after
# 0.9 s, 0.3 s on either side. Everything is multiplied by F for slow (emulated) runs.
. "$(dirname "$0")/lib.sh"
SCRIPTS=$(cd "$(dirname "$0")/scripts" && pwd)

sec() { awk -v n="$1" -v f="$F" 'BEGIN { printf "%g", n * f }'; }   # seconds as netjs prints them
ms() { awk -v n="$1" -v f="$F" 'BEGIN { printf "%.3f", n * f * 1000 }'; }  # milliseconds as --json prints them
re() { printf '%s' "$1" | sed 's/\./\\./g'; }  # a number for a regex
T=$(sec 1); T_IDLE=$(sec 0.9)
G1=$(sec 0.3); G2=$(sec 0.6); G3=$(sec 1.2)
TO=$(sec 1)

# start_peer MODE IDLE_SECONDS: sets PEER_PID, PEER_PORT.
start_peer() {
  : >"$TMP/peer.out"
  "$NETJS" "$SCRIPTS/idle_drop_peer.js" "$1" "$(awk -v s="$2" 'BEGIN { print s * 1000 }')" >"$TMP/peer.out" 2>"$TMP/peer.err" &
  PEER_PID=$!
  PEER_PORT=
  if ! wait_grep "$TMP/peer.out" '^LISTENING [0-9]+$' 10; then
    fail "peer $1 did not start: $(cat "$TMP/peer.err")"
    return 1
  fi
  PEER_PORT=$(sed -n 's/^LISTENING //p' "$TMP/peer.out")
}
stop_peer() { kill "$PEER_PID" 2>/dev/null; wait "$PEER_PID" 2>/dev/null; }

hold() { bounded 30 "$NETJS" probe -t "$TO" --hold-start "$G1" --hold "$(sec 3)" "$@"; }

# --- survival up to DURATION against an echo server -------------------------------------------------
start_serve echo || finish
P=$SERVE_PORT
expect_code 0 "every gap survived against netjs serve -> exit 0" -- \
  bounded 30 "$NETJS" probe -t "$TO" --hold-start "$(sec 0.25)" --hold "$(sec 1)" 127.0.0.1 "$P"
expect_grep "$TMP/out" "^127\.0\.0\.1:$P: connected, 127\.0\.0\.1, connect [0-9.]+ ms; idle gaps $(re "$(sec 0.25)") s, $(re "$(sec 0.5)") s, $(re "$(sec 1)") s " "connect line lists the gaps, the last one DURATION"
[ "$(grep -c ': alive (echo in [0-9.]* m\?s)$' "$TMP/out")" = 3 ] && pass "three gaps, each alive with its echo time" \
  || fail "three alive gaps wanted: $(cat "$TMP/out")"
expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$P: flow survived every gap up to $(re "$(sec 1)") s$" "summary: survived up to DURATION"

# --- each way to die ------------------------------------------------------------------------------------
start_peer silence "$T" && {
  expect_code 4 "silence -> exit 4" -- hold 127.0.0.1 "$PEER_PORT"
  expect_grep "$TMP/out" "^idle $(re "$G2") s: alive " "the 0.6 s gap survived (peer forgets after 1 s)"
  expect_grep "$TMP/out" "^idle $(re "$G3") s: died \(silence: no echo in $(re "$TO") s\)$" "the 1.2 s gap: silence"
  expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$PEER_PORT: flow survived $(re "$G2") s idle, died after $(re "$G3") s idle \(silence: no echo in $(re "$TO") s\)$" "silence summary"
  expect_no_grep "$TMP/out" "^idle $(sec 2.4) s" "no gap tried after the one that killed the flow"

  expect_code 4 "--json: silence -> exit 4" -- hold --json 127.0.0.1 "$PEER_PORT"
  expect_grep "$TMP/out" '^\{"event":"connect","host":"127\.0\.0\.1","address":"127\.0\.0\.1","port":'"$PEER_PORT"',"family":4,' "--json: connect event"
  expect_grep "$TMP/out" '^\{"event":"hold","host":"127\.0\.0\.1","port":'"$PEER_PORT"',"seq":2,"gap_ms":'"$(ms 0.6)"',"result":"alive","echo_ms":[0-9.]+,"idle_ms":'"$(ms 0.6)"',"while_idle":false,"code":null\}$' "--json: hold event, alive"
  expect_grep "$TMP/out" '^\{"event":"hold",.*"seq":3,"gap_ms":'"$(ms 1.2)"',"result":"silence","echo_ms":null,' "--json: hold event, silence"
  expect_grep "$TMP/out" '^\{"event":"hold_summary","host":"127\.0\.0\.1","port":'"$PEER_PORT"',"hold_ms":'"$(ms 3)"',"survived_ms":'"$(ms 0.6)"',"died_ms":'"$(ms 1.2)"',"how":"silence","while_idle":false,"interrupted":false\}$' "--json: hold_summary"
  [ "$(grep -vc '^{"event":' "$TMP/out")" = 0 ] && pass "--json: nothing but events on stdout" || fail "--json: other lines: $(cat "$TMP/out")"
  stop_peer
}

start_peer rst "$T" && {
  expect_code 6 "RST on the echo -> exit 6" -- hold 127.0.0.1 "$PEER_PORT"
  expect_grep "$TMP/out" "^idle $(re "$G3") s: died \(RST: read ECONNRESET 127\.0\.0\.1:$PEER_PORT\)$" "RST line"
  expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$PEER_PORT: flow survived $(re "$G2") s idle, died after $(re "$G3") s idle \(RST: " "RST summary"
  stop_peer
}

start_peer fin "$T" && {
  expect_code 6 "FIN instead of the echo -> exit 6" -- hold 127.0.0.1 "$PEER_PORT"
  expect_grep "$TMP/out" "^idle $(re "$G3") s: died \(FIN: the peer closed the connection instead of echoing\)$" "FIN line"
  expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$PEER_PORT: flow survived $(re "$G2") s idle, died after $(re "$G3") s idle \(FIN" "FIN summary"
  stop_peer
}

# while_idle: the peer ends the flow after 0.9 s idle, during the 1.2 s gap, before the byte is sent.
for mode in fin-idle rst-idle; do
  start_peer "$mode" "$T_IDLE" || continue
  expect_code 6 "$mode: died while idle -> exit 6" -- hold 127.0.0.1 "$PEER_PORT"
  what=FIN; [ "$mode" = rst-idle ] && what=RST
  expect_grep "$TMP/out" "^idle $(re "$G3") s: died after [0-9.]+ s idle \($what" "$mode: the gap line says after how long"
  expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$PEER_PORT: flow survived $(re "$G2") s idle, died after [0-9.]+ s idle, during the $(re "$G3") s gap \($what" "$mode: summary"
  idle=$(sed -n 's/^idle [0-9.]* s: died after \([0-9.]*\) s idle.*/\1/p' "$TMP/out")
  if awk -v i="${idle:-0}" -v t="$T_IDLE" -v g="$G3" 'BEGIN { exit !(i >= t * 0.95 && i < g) }'; then
    pass "$mode: died after $idle s idle: not before the peer's $T_IDLE s, within the $G3 s gap"
  else
    fail "$mode: died after '$idle' s idle; the peer drops at $T_IDLE s, the gap was $G3 s"
  fi
  stop_peer
done

# --- --keepalive-check --------------------------------------------------------------------------------
# Keepalive counts whole seconds, so here the peer forgets after 1.5 s and the gaps are 1 s and 2 s
# (scaled); probes every 1 s (the kernel's timing, not scaled) are answered by the peer's kernel,
# which its userspace never hears of: the flow still dies, and the report must say the probes were
# answered. Against netjs serve the same check keeps the flow alive.
# qemu-user (the cross builds' test runs) has no TCP_INFO: there the report must say it cannot tell.
if [ "${NETJS_TEST_EMULATED:-0}" = 1 ]; then
  answered_drop='whether the probes were answered is not known \(TCP_INFO: ENOTSUP\)$'
  answered_alive='whether the probes were answered is not known \(TCP_INFO: ENOTSUP\)$'
  answered_json='"probes_answered":null,"last_ack_ms":null,"probes":null,"unacked":null'
else
  answered_drop='the probes were answered \(the last ACK [0-9.]+ s before the end of the gap\), so what dropped the flow does not count keepalives as traffic$'
  answered_alive='the probes were answered'
  answered_json='"probes_answered":true,"last_ack_ms":[0-9]+,"probes":0,"unacked":0'
fi
start_peer silence "$(sec 1.5)" && {
  expect_code 4 "--keepalive-check against the dropping peer: exit 4 from the hold" -- \
    bounded 60 "$NETJS" probe -t "$TO" --hold-start "$(sec 1)" --hold "$(sec 2)" --keepalive-check 1 127.0.0.1 "$PEER_PORT"
  expect_grep "$TMP/out" "^--- 127\.0\.0\.1:$PEER_PORT: flow survived $(re "$(sec 1)") s idle, died after $(re "$(sec 2)") s idle \(silence" "the hold found the 2 s gap"
  expect_grep "$TMP/out" "^keepalive every 1 s: did not keep the flow alive for $(re "$(sec 2)") s \(silence: no echo in $(re "$TO") s\); $answered_drop" "keepalive: did not keep it alive, probes answered"
  stop_peer
}
expect_code 0 "--keepalive-check --json against netjs serve -> exit 0" -- \
  bounded 60 "$NETJS" probe --json -t "$TO" --hold-start "$(sec 2)" --hold "$(sec 2)" --keepalive-check 1 127.0.0.1 "$P"
expect_grep "$TMP/out" '^\{"event":"hold_summary",.*"survived_ms":'"$(ms 2)"',"died_ms":null,"how":null,' "--json: survived, no death"
expect_grep "$TMP/out" '^\{"event":"keepalive","host":"127\.0\.0\.1","port":'"$P"',"interval_ms":1000\.000,"gap_ms":'"$(ms 2)"',"result":"alive","kept_alive":true,"echo_ms":[0-9.]+,"idle_ms":'"$(ms 2)"',"while_idle":false,"code":null,'"$answered_json"'\}$' "--json: keepalive event: kept alive, probes answered"
expect_code 0 "--keepalive-check against netjs serve, text" -- \
  bounded 60 "$NETJS" probe -t "$TO" --hold-start "$(sec 2)" --hold "$(sec 2)" --keepalive-check 1 127.0.0.1 "$P"
expect_grep "$TMP/out" "^keepalive every 1 s: kept the flow alive for $(re "$(sec 2)") s \(echo in [0-9.]+ m?s\); $answered_alive" "keepalive: kept the flow alive"

# --- SIGINT: the summary so far; exit 4, the flow not having died -------------------------------------
# The first gap is 1 s and the second 2 s (scaled): the signal comes during the second.
"$NETJS" probe --hold "$(sec 60)" --hold-start "$(sec 1)" 127.0.0.1 "$P" >"$TMP/int.out" 2>"$TMP/int.err" &
pid=$!
if wait_grep "$TMP/int.out" '^idle [0-9.]+ s: alive' 10; then
  kill -INT "$pid"
  wait_exit "$pid"
  [ "$WAIT_CODE" = 4 ] && pass "SIGINT during a gap -> exit 4" || fail "SIGINT during a gap: exit $WAIT_CODE, wanted 4"
  expect_grep "$TMP/int.out" "^--- 127\.0\.0\.1:$P: flow survived $(re "$(sec 1)") s idle; interrupted during the $(re "$(sec 2)") s gap$" "SIGINT: the summary so far"
else
  fail "probe --hold did not report its first gap: $(cat "$TMP/int.out" "$TMP/int.err")"
  kill "$pid" 2>/dev/null
fi

# --- connect failures and usage errors ---------------------------------------------------------------
closed=$(free_port)
expect_code 3 "--hold to a closed port -> exit 3, as a plain probe" -- bounded 10 "$NETJS" probe --hold 1 127.0.0.1 "$closed"
expect_grep "$TMP/out" "^127\.0\.0\.1:$closed: refused, 127\.0\.0\.1 \(connect ECONNREFUSED 127\.0\.0\.1:$closed\)$" "refused line"

usage() {  # usage DESCRIPTION REGEX ARGS...
  local what=$1 regex=$2; shift 2
  expect_code 2 "usage: $what" -- bounded 10 "$NETJS" probe "$@"
  expect_grep "$TMP/err" "$regex" "  its message"
}
usage "two targets" 'one target' --hold 1 127.0.0.1:1 127.0.0.1:2
usage "a port list" 'one target' --hold 1 127.0.0.1 80,81
usage "--hold 0" '--hold must be more than 0' --hold 0 127.0.0.1 80
usage "--hold-start without --hold" '--hold-start needs --hold' --hold-start 1 127.0.0.1 80
usage "--keepalive-check without --hold" '--keepalive-check needs --hold' --keepalive-check 10 127.0.0.1 80
usage "--keepalive-check 0" '--keepalive-check must be more than 0' --hold 1 --keepalive-check 0 127.0.0.1 80
usage "--hold with --count" 'cannot be combined with --count' --hold 1 -c 3 127.0.0.1 80
usage "--hold with --send" 'cannot be combined with --send' --hold 1 --send x 127.0.0.1 80
usage "--hold with a bad duration" 'hold' --hold abc 127.0.0.1 80

stop_serve
expect_code 2 "--hold with -u" -- "$NETJS" probe --hold 1s -u 127.0.0.1 9
expect_grep "$TMP/err" "cannot be combined with -u" "--hold -u says why"

finish
