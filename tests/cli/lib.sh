# Shared helpers for the CLI tests. Each test: `bash test_x.sh /path/to/netjs`, exit 0 = pass.
set -u
NETJS=${1:?usage: test_x.sh /path/to/netjs}
TMP=$(mktemp -d)
# Helpers that outlive a command substitution (free_port's holders) write their pid to $TMP/pids.
cleanup() {
  [ -f "$TMP/pids" ] && xargs -r kill 2>/dev/null <"$TMP/pids"
  jobs -p | xargs -r kill 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
failures=0

# How much slower than native this run is: ctest sets NETJS_TEST_TIME_FACTOR (1 natively, more under
# qemu-user or a sanitizer). Every bound below is a nominal native time multiplied by F, rounded up.
F=$(awk -v f="${NETJS_TEST_TIME_FACTOR:-1}" 'BEGIN { f += 0; if (f < 1) f = 1; print (f == int(f)) ? f : int(f) + 1 }')
scale() { awk -v n="$1" -v f="$F" 'BEGIN { print n * f }'; }

# bounded SECONDS command...: the command, killed after SECONDS (scaled) if it is still running, with
# timeout(1)'s exit code 124 then. A guard against hangs, never an assertion about speed.
bounded() {
  local s=$1; shift
  timeout -k 5 "$(scale "$s")" "$@"
}

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_code WANT DESCRIPTION -- command...   (runs it, captures stdout/stderr in $TMP/out, $TMP/err)
expect_code() {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then pass "$what (exit $got)"; else fail "$what: exit $got, wanted $want; stderr: $(head -c 600 "$TMP/err")"; fi
}

expect_grep() {  # expect_grep FILE REGEX DESCRIPTION
  if grep -Eq -- "$2" "$1"; then pass "$3"; else fail "$3: /$2/ not in $(basename "$1"): $(head -c 600 "$1")"; fi
}

expect_no_grep() {
  if grep -Eq -- "$2" "$1"; then fail "$3: /$2/ unexpectedly in $(basename "$1")"; else pass "$3"; fi
}

finish() {
  if [ "$failures" -ne 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
  exit 0
}

# wait_grep FILE REGEX [SECONDS]: polls until REGEX appears in FILE (default 10 s, scaled). Returns 1
# on timeout.
wait_grep() {
  local i limit
  limit=$(awk -v s="${3:-10}" -v f="$F" 'BEGIN { print int(s * f * 20 + 0.5) }')
  for ((i = 0; i < limit; i++)); do
    grep -Eq -- "$2" "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

# start_serve NAME [serve options...]: starts `netjs serve --port 0 --host 127.0.0.1 ...` in the background
# with stdout/stderr in $TMP/NAME.out/.err; sets SERVE_PID and SERVE_PORT (parsed from "listening on").
start_serve() {
  local name=$1; shift
  # Emptied first: the background shell truncates them only when it gets to run, and a name used
  # twice must not show the previous server's "listening on" meanwhile.
  : >"$TMP/$name.out"
  : >"$TMP/$name.err"
  "$NETJS" serve --port 0 --host 127.0.0.1 "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" &
  SERVE_PID=$!
  SERVE_PORT=
  if ! wait_grep "$TMP/$name.err" 'listening on ' 10; then
    fail "serve $name did not start: $(cat "$TMP/$name.err")"
    return 1
  fi
  SERVE_PORT=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/$name.err" | head -1)
  [ -n "$SERVE_PORT" ] || { fail "serve $name: no port in '$(cat "$TMP/$name.err")'"; return 1; }
}

# stop_serve [SIGNAL]: signals the server started last and waits for it (bounded); sets SERVE_CODE.
stop_serve() {
  kill -"${1:-TERM}" "$SERVE_PID" 2>/dev/null
  wait_exit "$SERVE_PID"
  SERVE_CODE=$WAIT_CODE
}

# wait_exit PID [SECONDS]: waits for a background job to exit, killing it after SECONDS (default 10,
# scaled); sets WAIT_CODE (124 when it had to be killed).
wait_exit() {
  local i limit
  limit=$(awk -v s="${2:-10}" -v f="$F" 'BEGIN { print int(s * f * 20 + 0.5) }')
  for ((i = 0; i < limit; i++)); do
    if ! kill -0 "$1" 2>/dev/null; then wait "$1"; WAIT_CODE=$?; return 0; fi
    sleep 0.05
  done
  kill -KILL "$1" 2>/dev/null; wait "$1" 2>/dev/null
  WAIT_CODE=124
  return 1
}

# free_port: a loopback port nothing listens on, and that nothing else can take before the test uses
# it: a helper keeps it bound (SO_REUSEADDR, not listening) until the test's shell exits. A connect to
# it is refused; the kernel gives it to no other socket bound to port 0 and to no connect's source
# port; a netjs bind to it explicitly (libuv sets SO_REUSEADDR too) still succeeds, as Linux allows
# when neither socket listens. `listen_on_port PORT` makes the helper itself listen there.
free_port() {
  local out
  out=$(mktemp "$TMP/port.XXXXXX")
  python3 - "$$" >"$out" 2>&1 <<'PY' &
import os, select, signal, socket, sys, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0))
signal.signal(signal.SIGUSR1, lambda *_: s.listen(16))
print(s.getsockname()[1], flush=True)
shell = int(sys.argv[1])
try:  # until the test's shell is gone, even if it was killed before its EXIT trap ran
    select.select([os.pidfd_open(shell)], [], [])
except (AttributeError, OSError):
    while os.path.exists("/proc/%d" % shell):
        time.sleep(1)
PY
  echo "$!" >>"$TMP/pids"
  if ! wait_grep "$out" '^[0-9]+$' 10; then
    echo "FAIL: free_port: no port from the helper: $(cat "$out")" >&2
    return 1
  fi
  local port
  port=$(cat "$out")
  echo "$!" >"$TMP/port-holder.$port"
  echo "$port"
}

# listen_on_port PORT: the free_port helper holding PORT starts listening on it (connects then succeed;
# nothing is ever accepted).
listen_on_port() { kill -USR1 "$(cat "$TMP/port-holder.$1")"; }

# full_backlog_listener: a loopback listener (backlog 0) whose accept queue is already full, so the
# kernel drops further SYNs and a connect can only time out. Sets FULL_PID, FULL_PORT.
full_backlog_listener() {
  python3 - "$$" "$F" >"$TMP/full.port" <<'PY' &
import os, select, socket, sys, time
shell, factor = int(sys.argv[1]), float(sys.argv[2])
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(0)
port = l.getsockname()[1]
c = socket.socket(); c.setblocking(False)
try: c.connect(("127.0.0.1", port))
except BlockingIOError: pass
# The listener turns readable once the filler's handshake has completed and it sits in the accept
# queue; with backlog 0 that one connection fills it (Linux's queue is full when it holds more than
# the backlog).
if not select.select([l], [], [], 10 * factor)[0]:
    print("accept queue still empty after %g s" % (10 * factor), flush=True)
    sys.exit(1)
print(port, flush=True)
try:
    select.select([os.pidfd_open(shell)], [], [])
except (AttributeError, OSError):
    while os.path.exists("/proc/%d" % shell):
        time.sleep(1)
PY
  FULL_PID=$!
  FULL_PORT=
  if ! wait_grep "$TMP/full.port" '^[0-9]+$' 20; then
    fail "full-backlog listener did not start: $(cat "$TMP/full.port")"
    return 1
  fi
  FULL_PORT=$(cat "$TMP/full.port")
}

# sockopts PID: one line per TCP socket of process PID: "LOCAL_PORT PEER_PORT keepalive=K nodelay=N"
# (PEER_PORT 0 when unconnected), read from a duplicate of its descriptor (pidfd_getfd, Linux 5.6).
sockopts() {
  python3 - "$1" <<'PY'
import ctypes, os, socket, sys
pid = int(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
pidfd = os.pidfd_open(pid)
SYS_pidfd_getfd = 438  # the same number on every Linux architecture
for name in sorted(os.listdir("/proc/%d/fd" % pid), key=int):
    try:
        if not os.readlink("/proc/%d/fd/%s" % (pid, name)).startswith("socket:"):
            continue
    except OSError:
        continue
    fd = libc.syscall(SYS_pidfd_getfd, pidfd, int(name), 0)
    if fd < 0:
        err = ctypes.get_errno()
        sys.exit("pidfd_getfd(%s): %s%s" % (name, os.strerror(err), " (it needs the right to ptrace the process: "
                 "root, or kernel.yama.ptrace_scope 0)" if err == 1 else ""))
    s = socket.socket(fileno=fd)
    try:
        if s.type != socket.SOCK_STREAM or s.family not in (socket.AF_INET, socket.AF_INET6):
            continue
        try:
            peer = s.getpeername()[1]
        except OSError:
            peer = 0
        print(s.getsockname()[1], peer,
              "keepalive=%d" % s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
              "nodelay=%d" % s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    finally:
        s.close()
PY
}

# with_hosts FILE command...: runs the command with FILE as its /etc/hosts, bind-mounted in a private
# mount namespace (unshare -rm: as root, or as a user where user namespaces are allowed), so a test can
# give a name the addresses it wants (loopback only). The command is exec'd, not a shell function; to
# run it under `bounded`, put the prefix in an array: `hosts_prefix FILE` sets HOSTS_PREFIX, then
# `bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" ...`. `with_hosts_works FILE` says whether this host allows
# it; a test that needs it skips otherwise (exit 77, its SKIP_RETURN_CODE in tests/CMakeLists.txt).
hosts_prefix() { HOSTS_PREFIX=(unshare -rm sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$1"); }
with_hosts() {
  hosts_prefix "$1"; shift
  "${HOSTS_PREFIX[@]}" "$@"
}
with_hosts_works() { with_hosts "$1" true 2>/dev/null; }
