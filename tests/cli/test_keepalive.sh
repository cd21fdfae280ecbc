#!/bin/bash
# socket.setKeepAlive(true, 5000) seen from outside: `ss -o` shows a keepalive timer of at most 5 s on
# the client socket (so the initial delay was applied, not the kernel default of 2 hours), both when
# set before connecting and once connected; a socket without setKeepAlive shows no keepalive timer.
# Needs ss (iproute2).
. "$(dirname "$0")/lib.sh"
SCRIPTS=$(cd "$(dirname "$0")/scripts" && pwd)

if ! command -v ss >/dev/null 2>&1; then
  fail "ss not found (install iproute2)"
  finish
fi

"$NETJS" "$SCRIPTS/keepalive_client.js" >"$TMP/ka.out" 2>"$TMP/ka.err" &
pid=$!
if ! wait_grep "$TMP/ka.out" '^READY' 10; then
  fail "script did not connect: $(cat "$TMP/ka.out" "$TMP/ka.err")"
  kill "$pid" 2>/dev/null
  finish
fi

port_of() { sed -n "s/^$1 \([0-9]*\)/\1/p" "$TMP/ka.out"; }

# timer_of PORT: the timer field of the established socket whose local port is PORT.
timer_of() {
  ss -tnoH state established "( sport = :$1 )" | grep -o 'timer:([^)]*)' | head -1
}

for which in KA_BEFORE KA_AFTER; do
  p=$(port_of "$which")
  t=$(timer_of "$p")
  echo "$which port $p: ${t:-no timer}"
  if [[ "$t" =~ ^timer:\(keepalive,([0-9.]+)(ms|sec|min), ]]; then
    val=${BASH_REMATCH[1]}; unit=${BASH_REMATCH[2]}
    # At most 5 (seconds). Some ss/kernel pairs label the seconds "ms" (iproute2 6.1 on kernel 6.x
    # prints "4.5ms" for a timer that counts down in seconds), so the number is what is checked: the
    # kernel default of 7200 s would show as 7199 or 120min.
    if [ "$unit" != min ] && awk -v v="$val" 'BEGIN { exit !(v <= 5.0) }'; then
      pass "$which: keepalive timer armed with the 5 s initial delay ($t)"
    else
      fail "$which: keepalive timer $t is longer than the 5 s initial delay"
    fi
  else
    fail "$which: no keepalive timer on the client socket: '$(ss -tnoH state established "( sport = :$p )")'"
  fi
done

p=$(port_of CONTROL)
t=$(timer_of "$p")
echo "CONTROL port $p: ${t:-no timer}"
line=$(ss -tnoH state established "( sport = :$p )")
if [ -z "$line" ]; then
  fail "control socket not found in ss output"
elif [[ "$t" == timer:\(keepalive* ]]; then
  fail "control socket has a keepalive timer: $t"
else
  pass "control socket (no setKeepAlive) has no keepalive timer"
fi

kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
finish
