# Shared by the autopkgtest scripts: a netjs echo server on 127.0.0.1, on a port the kernel picks.
set -eu
netjs=${NETJS:-/usr/bin/netjs}
tmp=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# start_server: sets $server (its pid) and $port once serve says it listens (at most 10 s).
start_server() {
  : >"$tmp/serve.err"  # there before the background shell gets to open it
  "$netjs" serve --host 127.0.0.1 --port 0 --mode echo >"$tmp/serve.out" 2>"$tmp/serve.err" &
  server=$!
  i=0
  while [ $i -lt 100 ]; do
    port=$(sed -n 's/^netjs serve: listening on 127\.0\.0\.1:\([0-9]*\), mode echo$/\1/p' "$tmp/serve.err")
    [ -n "$port" ] && { echo "netjs serve listens on 127.0.0.1:$port"; return 0; }
    kill -0 "$server" 2>/dev/null || fail "netjs serve exited: $(cat "$tmp/serve.err")"
    sleep 0.1
    i=$((i + 1))
  done
  fail "netjs serve did not say it listens within 10 s: $(cat "$tmp/serve.err")"
}

# stop_server: SIGTERM, and serve must exit 0.
stop_server() {
  kill -TERM "$server"
  code=0
  wait "$server" || code=$?
  server=""
  [ "$code" -eq 0 ] || fail "netjs serve exited $code on SIGTERM: $(cat "$tmp/serve.err")"
}
