# Shared helpers for the CLI tests. Each test: `bash test_x.sh /path/to/netjs`, exit 0 = pass.
set -u
NETJS=${1:?usage: test_x.sh /path/to/netjs}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"; jobs -p | xargs -r kill 2>/dev/null' EXIT
failures=0

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

# wait_grep FILE REGEX [SECONDS]: polls until REGEX appears in FILE (default 10 s). Returns 1 on timeout.
wait_grep() {
  local i limit=$(( ${3:-10} * 20 ))
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
  "$NETJS" serve --port 0 --host 127.0.0.1 "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" &
  SERVE_PID=$!
  SERVE_PORT=
  if ! wait_grep "$TMP/$name.err" 'listening on ' 10; then
    fail "serve $name did not start: $(cat "$TMP/$name.err")"
    return 1
  fi
  SERVE_PORT=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/$name.err" | head -1)
}

# stop_serve [SIGNAL]: signals the server started last and waits for it (bounded); sets SERVE_CODE.
stop_serve() {
  kill -"${1:-TERM}" "$SERVE_PID" 2>/dev/null
  wait_exit "$SERVE_PID"
  SERVE_CODE=$WAIT_CODE
}

# wait_exit PID [SECONDS]: waits for a background job to exit, killing it after SECONDS (default 10);
# sets WAIT_CODE (124 when it had to be killed).
wait_exit() {
  local i limit=$(( ${2:-10} * 20 ))
  for ((i = 0; i < limit; i++)); do
    if ! kill -0 "$1" 2>/dev/null; then wait "$1"; WAIT_CODE=$?; return 0; fi
    sleep 0.05
  done
  kill -KILL "$1" 2>/dev/null; wait "$1" 2>/dev/null
  WAIT_CODE=124
  return 1
}

# free_port: a loopback port nothing listens on right now (bound by the OS, then released).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# full_backlog_listener: a loopback listener (backlog 0) whose accept queue is already full, so the
# kernel drops further SYNs and a connect can only time out. Sets FULL_PID, FULL_PORT.
full_backlog_listener() {
  python3 - >"$TMP/full.port" <<'PY' &
import socket, time
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(0)
port = l.getsockname()[1]
fillers = []
for _ in range(3):  # one fills the queue (Linux admits backlog + 1); the rest make sure of it
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    fillers.append(c)
time.sleep(0.3)
print(port, flush=True)
time.sleep(120)
PY
  FULL_PID=$!
  wait_grep "$TMP/full.port" '^[0-9]+$' 10 || fail "full-backlog listener did not start"
  FULL_PORT=$(cat "$TMP/full.port")
}
