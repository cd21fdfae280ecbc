#!/bin/bash
# serve under systemd socket activation (LISTEN_FDS/LISTEN_PID), driven by systemd-socket-activate on
# loopback: it binds the socket, waits for the first connection (or datagram), then execs netjs with the
# listening socket as fd 3, so the pid it names in LISTEN_PID is netjs's own (also through the qemu
# wrapper of cross builds, which execs). Covers: TCP echo and --json's listening event on the inherited
# socket (--port ignored), --script on it, a UDP socket (--datagram), LISTEN_PID of another process
# (ignored: serve binds its own port), a descriptor that is no socket and two sockets (exit 2).
# Exit 77 (a skip) without systemd-socket-activate (Debian: the systemd package).
. "$(dirname "$0")/lib.sh"

if ! command -v systemd-socket-activate >/dev/null; then
  echo "SKIP: systemd-socket-activate not installed (Debian: apt-get install systemd)"
  exit 77
fi

# A loopback port of PROTO (tcp or udp) nothing is bound to: bound by the kernel's choice, then closed.
# The activator needs a concrete port; another process may take it meanwhile, so activate() retries.
closed_port() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# The environment the activator passes on is LISTEN_* and what -E names (it drops the rest): keep
# what the run needs (sanitizer options, the time factor).
PASS_ENV=()
ACT_EXTRA=()
for v in NETJS_TEST_TIME_FACTOR ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS QEMU_LD_PREFIX QEMU_CPU; do
  [ -n "${!v-}" ] && PASS_ENV+=(-E "$v")
done

# activate NAME PROTO NETJS_ARGS...: systemd-socket-activate on 127.0.0.1:a free port (--datagram for
# udp) that will run `netjs NETJS_ARGS`, its output in $TMP/NAME.out/.err. Returns once the activator
# listens; sets ACT_PID (the activator's pid, netjs's after the exec) and ACT_PORT.
activate() {
  local name=$1 proto=$2 port try
  shift 2
  local dgram=()
  [ "$proto" = udp ] && dgram=(--datagram)
  # ACT_EXTRA: more activator options for this call (e.g. --accept).
  dgram+=("${ACT_EXTRA[@]}")
  for try in 1 2 3 4 5; do
    port=$(closed_port "$proto")
    : >"$TMP/$name.out"
    : >"$TMP/$name.err"
    systemd-socket-activate "${dgram[@]}" "${PASS_ENV[@]}" -l "127.0.0.1:$port" "$NETJS" "$@" \
      >"$TMP/$name.out" 2>"$TMP/$name.err" &
    ACT_PID=$!
    if wait_grep "$TMP/$name.err" 'Listening on|Failed|failed|rror' 10 &&
       grep -q "Listening on 127.0.0.1:$port" "$TMP/$name.err"; then
      ACT_PORT=$port
      return 0
    fi
    wait_exit "$ACT_PID" 5
    grep -q 'Address already in use' "$TMP/$name.err" || break
  done
  fail "systemd-socket-activate for $name did not listen: $(head -c 600 "$TMP/$name.err")"
  return 1
}

# --- TCP: the first connection starts serve, which echoes on the inherited socket --------------------
if activate echo tcp serve --port 1 --json; then
  expect_no_grep "$TMP/echo.err" 'Execing' "netjs is not started before the first connection"
  bounded 10 "$NETJS" connect --send 'hello activation\n' --expect 'hello activation' 127.0.0.1 "$ACT_PORT" \
    >"$TMP/echo.client" 2>"$TMP/echo.client.err"
  code=$?
  [ "$code" -eq 0 ] && pass "the first connection is echoed by the serve it started" ||
    fail "connect through the activated socket: exit $code: $(cat "$TMP/echo.client.err") / $(cat "$TMP/echo.err")"
  wait_grep "$TMP/echo.out" '"event":"listening"' 10
  expect_grep "$TMP/echo.out" "^\{\"event\":\"listening\",\"address\":\"127\.0\.0\.1\",\"port\":$ACT_PORT,\"family\":4,\"dual_stack\":false,\"mode\":\"echo\",\"activated\":true\}$" \
    "--json listening event: the inherited address and port (not --port 1), activated"
  # A second client, served by the same process: serve kept the socket listening.
  expect_code 0 "a second connection is echoed too" -- bounded 10 "$NETJS" connect --send 'again\n' --expect again 127.0.0.1 "$ACT_PORT"
  kill -TERM "$ACT_PID" 2>/dev/null; wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 0 ] && pass "SIGTERM stops the activated serve, exit 0" || fail "activated serve exit $WAIT_CODE"
  expect_grep "$TMP/echo.out" '"event":"summary","connections":2,' "summary counts both connections"
fi

# --- the status line says where the socket came from and that --host/--port were ignored -------------
if activate status tcp serve --host 192.0.2.1 --port 1 --once; then
  expect_code 0 "serve --once on the inherited socket echoes and exits 0" -- bounded 10 "$NETJS" connect --send 'x\n' --expect x 127.0.0.1 "$ACT_PORT"
  wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 0 ] && pass "--once: exits 0 after its client" || fail "--once: exit $WAIT_CODE: $(cat "$TMP/status.err")"
  expect_grep "$TMP/status.err" "^netjs serve: listening on 127\.0\.0\.1:$ACT_PORT, mode echo, socket activation \(inherited descriptor 3\); --host, --port, -4, -6 ignored$" \
    "status line: inherited socket, address options ignored"
fi

# --- --script on the inherited socket ----------------------------------------------------------------
cat >"$TMP/greet.js" <<'EOF'
module.exports = function (socket) {
  // The protocol's variables are gone, so a child process of the script cannot take the socket too.
  socket.once('data', function (d) { socket.end('script got ' + d + 'LISTEN_FDS=' + process.env.LISTEN_FDS + '\n'); });
};
EOF
if activate script tcp serve --script "$TMP/greet.js" --json; then
  expect_code 0 "--script serves the inherited socket" -- bounded 10 "$NETJS" connect --send 'ping\n' --expect 'script got ping' 127.0.0.1 "$ACT_PORT"
  expect_grep "$TMP/out" '^LISTEN_FDS=undefined$' "the script does not see LISTEN_FDS (unset for children)"
  # fdinfo's flags are octal; O_CLOEXEC is 02000000.
  flags=$(sed -n 's/^flags:[[:space:]]*//p' "/proc/$ACT_PID/fdinfo/3" 2>/dev/null)
  [ -n "$flags" ] && [ $((8#$flags & 8#2000000)) -ne 0 ] && pass "the inherited socket is close-on-exec" ||
    fail "fd 3 of serve: flags '$flags', no O_CLOEXEC"
  wait_grep "$TMP/script.out" '"event":"listening"' 10
  expect_grep "$TMP/script.out" "^\{\"event\":\"listening\",\"address\":\"127\.0\.0\.1\",\"port\":$ACT_PORT,\"family\":4,\"dual_stack\":false,\"mode\":\"script\",\"activated\":true\}$" \
    "--script --json listening event: inherited address, activated"
  kill -TERM "$ACT_PID" 2>/dev/null; wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 0 ] && pass "SIGTERM stops the activated --script serve, exit 0" || fail "--script serve exit $WAIT_CODE: $(cat "$TMP/script.err")"
fi

# --- UDP (--datagram): the first datagram starts serve, which echoes it and the next ---------------
if activate udp udp serve --json; then
  bounded 10 "$NETJS" connect -u --send 'first datagram\n' --expect 'first datagram' 127.0.0.1 "$ACT_PORT" >"$TMP/udp.client" 2>&1
  code=$?
  [ "$code" -eq 0 ] && pass "UDP: the datagram that started serve is echoed" || fail "UDP echo: exit $code: $(cat "$TMP/udp.client") / $(cat "$TMP/udp.err")"
  expect_code 0 "UDP: a later datagram is echoed" -- bounded 10 "$NETJS" connect -u --send 'second\n' --expect second 127.0.0.1 "$ACT_PORT"
  expect_grep "$TMP/udp.out" "^\{\"event\":\"listening\",\"address\":\"127\.0\.0\.1\",\"port\":$ACT_PORT,\"family\":4,\"dual_stack\":false,\"mode\":\"echo\",\"protocol\":\"udp\",\"activated\":true\}$" \
    "UDP --json listening event: inherited, protocol udp"
  kill -TERM "$ACT_PID" 2>/dev/null; wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 0 ] && pass "SIGTERM stops the activated UDP serve, exit 0" || fail "UDP serve exit $WAIT_CODE"
fi
# An inherited UDP socket with a TCP-only option: the usage error names where UDP came from.
if activate udpscript udp serve --script "$TMP/greet.js"; then
  bounded 10 "$NETJS" connect -u --send 'x\n' -t "$(scale 1)" 127.0.0.1 "$ACT_PORT" >/dev/null 2>&1
  wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 2 ] && pass "UDP socket + --script: exit 2" || fail "UDP socket + --script: exit $WAIT_CODE"
  expect_grep "$TMP/udpscript.err" 'an inherited UDP socket \(socket activation\) has no --script' "UDP socket + --script: says why"
fi

# --- what serve cannot take: -u on a TCP socket, a connection (--accept: systemd's Accept=yes) ----------
if activate tcpu tcp serve -u; then
  bounded 10 "$NETJS" connect --send 'x\n' -t "$(scale 2)" 127.0.0.1 "$ACT_PORT" >/dev/null 2>&1
  wait_exit "$ACT_PID"
  [ "$WAIT_CODE" -eq 2 ] && pass "-u on an inherited TCP socket: exit 2" || fail "-u on a TCP socket: exit $WAIT_CODE"
  expect_grep "$TMP/tcpu.err" '-u, but the inherited descriptor 3 is a TCP socket' "-u on a TCP socket: says why"
fi
ACT_EXTRA=(--accept)
if activate accept tcp serve; then
  # The activator forks one serve per connection, with the connection as fd 3; serve refuses it.
  bounded 10 "$NETJS" connect --send 'x\n' -t "$(scale 2)" 127.0.0.1 "$ACT_PORT" >/dev/null 2>&1
  if wait_grep "$TMP/accept.err" 'netjs serve: ' 10; then
    expect_grep "$TMP/accept.err" 'inherited descriptor 3 is a TCP socket that is not listening \(a connection: the socket unit needs Accept=no\)' \
      "a connection instead of a listening socket (Accept=yes): says so"
  else
    fail "--accept: serve said nothing: $(cat "$TMP/accept.err")"
  fi
  kill -TERM "$ACT_PID" 2>/dev/null; wait_exit "$ACT_PID"
fi
ACT_EXTRA=()

# --- without the activator: the protocol's variables set by hand ------------------------------------
# own_pid FDS: a command prefix that runs netjs with LISTEN_FDS=FDS and LISTEN_PID its own pid (bash's
# $$, kept through exec); fd 3 is whatever the test opens.
own_pid() { OWN=(env LISTEN_FDS="$1" bash -c 'export LISTEN_PID=$$; exec "$@"' bash "$NETJS"); }

# LISTEN_PID of another process: the variables are not ours, serve binds its own port as usual.
: >"$TMP/mismatch.err"
env LISTEN_PID=1 LISTEN_FDS=1 "$NETJS" serve --host 127.0.0.1 --port 0 3</dev/null >"$TMP/mismatch.out" 2>"$TMP/mismatch.err" &
mm_pid=$!
if wait_grep "$TMP/mismatch.err" 'listening on |rror' 10 && grep -q 'listening on 127\.0\.0\.1:[1-9]' "$TMP/mismatch.err"; then
  pass "LISTEN_PID of another process: ignored, serve binds --port 0 itself"
  expect_no_grep "$TMP/mismatch.err" 'socket activation' "LISTEN_PID mismatch: no activation note"
else
  fail "LISTEN_PID mismatch: $(cat "$TMP/mismatch.err")"
fi
kill -TERM "$mm_pid" 2>/dev/null; wait_exit "$mm_pid"

# A descriptor that is no socket: exit 2, saying which and what it is.
own_pid 1
expect_code 2 "LISTEN_FDS=1 on a file: exit 2" -- bounded 10 "${OWN[@]}" serve 3</dev/null
expect_grep "$TMP/err" 'inherited descriptor 3 is not a socket' "a file as fd 3: says so"

# Two sockets: serve takes one; exit 2 naming the count.
own_pid 2
expect_code 2 "LISTEN_FDS=2: exit 2" -- bounded 10 "${OWN[@]}" serve 3</dev/null 4</dev/null
expect_grep "$TMP/err" 'passed 2 sockets \(LISTEN_FDS=2\)' "LISTEN_FDS=2: names the count"

# A malformed count is a usage error, not a silent bind elsewhere.
own_pid x
expect_code 2 "LISTEN_FDS=x: exit 2" -- bounded 10 "${OWN[@]}" serve 3</dev/null
expect_grep "$TMP/err" 'LISTEN_FDS=x is not a descriptor count' "LISTEN_FDS=x: says so"

finish
