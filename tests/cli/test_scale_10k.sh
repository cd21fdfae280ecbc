#!/bin/bash
# 10,000 concurrent connections: a netjs echo server and a netjs client that opens N connections at
# once, then each writes a few bytes and gets its echo, then all end. Every connection must complete.
# Prints the server's peak RSS (VmHWM) and, for information, the same for Node running the same two
# scripts (no timing or memory assertions). N is scaled down when the fd hard limit is too low.
# test-labels: slow  (a scale test: run in the optimised build, not under ASan or qemu)
. "$(dirname "$0")/lib.sh"
SCRIPTS=$(cd "$(dirname "$0")/scripts" && pwd)

N=10000
hard=$(ulimit -Hn)
want=$((N + 1000))
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then
  N=$((hard - 1000))
  want=$hard
  echo "note: fd hard limit is $hard; using N=$N connections"
fi
[ "$N" -lt 100 ] && { echo "fd limit too low ($hard) for this test"; exit 0; }
target=65536
[ "$hard" != unlimited ] && [ "$hard" -lt "$target" ] && target=$hard
ulimit -n "$target" || { fail "ulimit -n $target"; finish; }
echo "ulimit -n $(ulimit -n), N=$N"

# run_pair NAME RUNTIME: server and client under RUNTIME; sets PAIR_OK, PAIR_HWM (kB), PAIR_RSS (bytes).
run_pair() {
  local name=$1 runtime=$2
  PAIR_OK=0; PAIR_HWM=?; PAIR_RSS=?
  "$runtime" "$SCRIPTS/scale_echo_server.js" "$N" >"$TMP/$name.server" 2>&1 &
  local spid=$!
  if ! wait_grep "$TMP/$name.server" '^PORT [0-9]+' 10; then
    fail "$name: server did not start: $(head -c 400 "$TMP/$name.server")"
    kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
    return
  fi
  local port
  port=$(sed -n 's/^PORT \([0-9]*\)/\1/p' "$TMP/$name.server" | head -1)
  local t0=$SECONDS
  timeout 120 "$runtime" "$SCRIPTS/scale_client.js" "$port" "$N" >"$TMP/$name.client" 2>&1
  local code=$?
  wait_grep "$TMP/$name.server" '^ALL_CLOSED' 20
  PAIR_HWM=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$spid/status" 2>/dev/null)
  PAIR_RSS=$(sed -n 's/^ALL_CONNECTED [0-9]* RSS \([0-9]*\)/\1/p' "$TMP/$name.server")
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
  echo "$name: client exit $code after $((SECONDS - t0)) s; $(grep -E '^CLIENT_' "$TMP/$name.client" | tr '\n' ' ')"
  echo "$name: server $(grep -E '^(ALL_CONNECTED|ALL_CLOSED)' "$TMP/$name.server" | tr '\n' ' ')"
  if [ "$code" -eq 0 ] && grep -q "^CLIENT_OK $N " "$TMP/$name.client"; then PAIR_OK=1; fi
  if [ "$PAIR_OK" -ne 1 ]; then
    grep -vE '^CLIENT_(OK|ALL)' "$TMP/$name.client" | head -5 >&2
    grep -vE '^(PORT|ALL_)' "$TMP/$name.server" | head -5 >&2
  fi
}

run_pair netjs "$NETJS"
[ "$PAIR_OK" -eq 1 ] && pass "netjs: $N concurrent connections all opened, echoed and closed" \
                     || fail "netjs: not every one of $N connections completed"
grep -q "^ALL_CONNECTED $N " "$TMP/netjs.server" && pass "netjs server saw all $N connections open at once" \
                                                 || fail "netjs server never had $N connections open at once"
grep -q "^ALL_CLOSED PEAK $N TOTAL $N " "$TMP/netjs.server" && pass "netjs server: every connection closed" \
                                                            || fail "netjs server: not all connections closed"
netjs_hwm=$PAIR_HWM; netjs_rss=$PAIR_RSS

if command -v node >/dev/null 2>&1; then
  run_pair node node
  echo "info: node pair completed: $PAIR_OK"
  node_hwm=$PAIR_HWM; node_rss=$PAIR_RSS
else
  node_hwm=n/a; node_rss=n/a
fi
echo "RESULT N=$N server peak RSS (VmHWM): netjs ${netjs_hwm} kB, node ${node_hwm} kB;" \
     "RSS with all connected: netjs ${netjs_rss} B, node ${node_rss} B"
finish
